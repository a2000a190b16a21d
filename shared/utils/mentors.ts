/** Codes used by the mentor directory and booking; their labels are in i18n/locales (mentor.*). */
export const MENTOR_TYPES = ['ENTREPRENEUR', 'SUCCESSFUL_FOUNDER', 'SCHOLAR', 'GOVERNMENT'] as const
export type MentorTypeCode = (typeof MENTOR_TYPES)[number]

/** The six stages of the one-stop service (项目开发 → 跟踪扶持). */
export const SERVICE_STAGE_CODES = ['PROJECT', 'PLAN', 'RISK', 'OPENING', 'FINANCING', 'FOLLOW_UP'] as const
export type ServiceStageCode = (typeof SERVICE_STAGE_CODES)[number]

export const SESSION_MODES = ['ONLINE', 'IN_PERSON'] as const
export type SessionModeCode = (typeof SESSION_MODES)[number]

export const MENTOR_LANGUAGES = ['zh', 'en', 'ko'] as const
export type MentorLanguageCode = (typeof MENTOR_LANGUAGES)[number]

export const MENTOR_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const
export type MentorStatusCode = (typeof MENTOR_STATUSES)[number]

export const BOOKING_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED', 'EXPIRED', 'COMPLETED', 'NO_SHOW'] as const
export type BookingStatusCode = (typeof BOOKING_STATUSES)[number]

/** Bookings that hold their time (the exclusion constraints cover exactly these). */
export const HOLDING_STATUSES = ['PENDING', 'ACCEPTED'] as const satisfies readonly BookingStatusCode[]
/** Bookings that count towards a mentor's weekly cap. */
export const CAP_STATUSES = ['PENDING', 'ACCEPTED', 'COMPLETED', 'NO_SHOW'] as const satisfies readonly BookingStatusCode[]

export const MATCH_STATUSES = ['OPEN', 'ASSIGNED', 'CLOSED'] as const
export type MatchStatusCode = (typeof MATCH_STATUSES)[number]

export const MAX_INDUSTRIES = 6
/** An unanswered request expires this long after it was made (or at its start, if sooner). */
export const BOOKING_EXPIRY_HOURS = 48
export const AVAILABILITY_DEFAULTS = { sessionMinutes: 60, bufferMinutes: 15, noticeHours: 12, horizonDays: 30, weeklyCap: 5 } as const

type Labels<T extends string> = Record<T, { 'zh-CN': string, 'en': string }>

/** Labels shared by pages and mails (mails are rendered on the server, in the recipient's language). */
export const MENTOR_TYPE_LABELS: Labels<MentorTypeCode> = {
  ENTREPRENEUR: { 'zh-CN': '企业家', 'en': 'Entrepreneur' },
  SUCCESSFUL_FOUNDER: { 'zh-CN': '创业成功人士', 'en': 'Successful founder' },
  SCHOLAR: { 'zh-CN': '专家学者', 'en': 'Expert / scholar' },
  GOVERNMENT: { 'zh-CN': '政府工作人员', 'en': 'Government officer' },
}
export const SERVICE_STAGE_LABELS: Labels<ServiceStageCode> = {
  PROJECT: { 'zh-CN': '项目开发', 'en': 'Project development' },
  PLAN: { 'zh-CN': '方案设计', 'en': 'Business plan' },
  RISK: { 'zh-CN': '风险评估', 'en': 'Risk assessment' },
  OPENING: { 'zh-CN': '开业指导', 'en': 'Opening guidance' },
  FINANCING: { 'zh-CN': '融资服务', 'en': 'Financing' },
  FOLLOW_UP: { 'zh-CN': '跟踪扶持', 'en': 'Follow-up support' },
}
export const SESSION_MODE_LABELS: Labels<SessionModeCode> = {
  ONLINE: { 'zh-CN': '线上', 'en': 'Online' },
  IN_PERSON: { 'zh-CN': '线下面谈', 'en': 'In person' },
}
export const MENTOR_LANGUAGE_LABELS: Labels<MentorLanguageCode> = {
  zh: { 'zh-CN': '中文', 'en': 'Chinese' },
  en: { 'zh-CN': '英语', 'en': 'English' },
  ko: { 'zh-CN': '朝鲜语', 'en': 'Korean' },
}
export const BOOKING_STATUS_LABELS: Labels<BookingStatusCode> = {
  PENDING: { 'zh-CN': '待导师确认', 'en': 'Awaiting the mentor' },
  ACCEPTED: { 'zh-CN': '已确认', 'en': 'Confirmed' },
  DECLINED: { 'zh-CN': '已婉拒', 'en': 'Declined' },
  CANCELLED: { 'zh-CN': '已取消', 'en': 'Cancelled' },
  EXPIRED: { 'zh-CN': '已过期', 'en': 'Expired' },
  COMPLETED: { 'zh-CN': '已完成', 'en': 'Completed' },
  NO_SHOW: { 'zh-CN': '未到场', 'en': 'No-show' },
}

/** "2026年12月1日 周二 10:00–11:00（北京时间）" / "Tue, 1 Dec 2026, 10:00–11:00 (Beijing time, UTC+8)" */
export function formatSessionTime(startsAt: Date, endsAt: Date, locale: 'zh-CN' | 'en'): string {
  const tz = 'Asia/Shanghai'
  const day = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { timeZone: tz, year: 'numeric', month: locale === 'en' ? 'short' : 'long', day: 'numeric', weekday: 'short' }).format(startsAt)
  const time = (d: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d)
  return locale === 'en' ? `${day}, ${time(startsAt)}–${time(endsAt)} (Beijing time, UTC+8)` : `${day} ${time(startsAt)}–${time(endsAt)}（北京时间）`
}
