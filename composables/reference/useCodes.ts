import type { BookingStatusCode } from '#shared/utils/bookings'
import type { MentorLanguageCode, MentorStatusCode, MentorTypeCode, SessionModeCode } from '#shared/utils/mentors'
import type { InvestmentBucketCode, ProjectStatusCode, RiskLevelCode, SourceTypeCode, SuitableForCode } from '#shared/utils/projects'
import type { RoleName } from '#shared/utils/roles'
import type { ServiceStageCode } from '#shared/utils/stages'
import type { StoryStatusCode } from '#shared/utils/stories'

/**
 * The names of codes, from the locale files only: `codes.*` (i18n/locales/*.codes.json, the same
 * names the server puts in mails and index documents) and the project library's `project.*`.
 * Pages and components name a code through this, never through a table of their own.
 */
export function useCodes() {
  const { t } = useI18n()
  return {
    stage: (c: ServiceStageCode) => t(`codes.stage.${c}`),
    mentorType: (c: MentorTypeCode) => t(`codes.mentorType.${c}`),
    mode: (c: SessionModeCode) => t(`codes.mode.${c}`),
    language: (c: MentorLanguageCode) => t(`codes.language.${c}`),
    bookingStatus: (c: BookingStatusCode) => t(`codes.bookingStatus.${c}`),
    role: (c: RoleName) => t(`codes.role.${c}`),
    /** a mentor application's vetting state, as its owner reads it */
    mentorStatus: (c: MentorStatusCode) => t(`desk.status.${c}`),
    riskLevel: (c: RiskLevelCode) => t(`project.riskLevel.${c}`),
    sourceType: (c: SourceTypeCode) => t(`project.sourceType.${c}`),
    suitable: (c: SuitableForCode) => t(`project.suitable.${c}`),
    bucket: (c: InvestmentBucketCode) => t(`project.bucket.${c}`),
    projectStatus: (c: ProjectStatusCode) => t(`project.status.${c}`),
    storyStatus: (c: StoryStatusCode) => t(`codes.storyStatus.${c}`),
  }
}
