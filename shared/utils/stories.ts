/** Codes of success stories (创业典型); their names are in i18n/locales (codes.storyStatus). */
export const STORY_STATUSES = ['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'PUBLISHED', 'REJECTED', 'WITHDRAWN'] as const
export type StoryStatusCode = (typeof STORY_STATUSES)[number]

export const STORY_LIMITS = {
  titleMin: 4,
  titleMax: 60,
  summaryMin: 10,
  summaryMax: 200,
  bodyMin: 50,
  bodyMax: 20_000,
  /** pictures per story */
  images: 6,
  /** what a review reason says at least */
  reasonMin: 4,
} as const
