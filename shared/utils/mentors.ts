/** Codes of the mentor directory; their labels are in i18n/locales/*.codes.json (codes.*). */
export const MENTOR_TYPES = ['ENTREPRENEUR', 'SUCCESSFUL_FOUNDER', 'SCHOLAR', 'GOVERNMENT'] as const
export type MentorTypeCode = (typeof MENTOR_TYPES)[number]

export const SESSION_MODES = ['ONLINE', 'IN_PERSON'] as const
export type SessionModeCode = (typeof SESSION_MODES)[number]

export const MENTOR_LANGUAGES = ['zh', 'en', 'ko'] as const
export type MentorLanguageCode = (typeof MENTOR_LANGUAGES)[number]

export const MENTOR_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const
export type MentorStatusCode = (typeof MENTOR_STATUSES)[number]

export const MAX_INDUSTRIES = 6
export const AVAILABILITY_DEFAULTS = { sessionMinutes: 60, bufferMinutes: 15, noticeHours: 12, horizonDays: 30, weeklyCap: 5 } as const
