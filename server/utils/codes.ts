import type * as Db from '../generated/prisma/enums'
import type { RoleName } from '#shared/utils/roles'
import type { BookingStatusCode } from '#shared/utils/bookings'
import type { MatchStatusCode } from '#shared/utils/match-requests'
import type { MentorStatusCode, MentorTypeCode, SessionModeCode } from '#shared/utils/mentors'
import type { ProjectStatusCode, RiskLevelCode, SourceTypeCode } from '#shared/utils/projects'
import type { ServiceStageCode } from '#shared/utils/stages'
import type { CaseStatusCode, LegalFormCode, StageStatusCode } from '#shared/utils/cases'
import type { ApplicantType, LoanStatusCode, LoanStepCode, RepaymentMethod } from '#shared/utils/loan-codes'
import type { StoryStatusCode } from '#shared/utils/stories'
import type { AwardPhaseCode, AwardVoteStatusCode, NominationStatusCode } from '#shared/utils/awards'

/**
 * The code lists in shared/ (which pages use without loading Prisma) are tied to Prisma's
 * enums here: if a status, stage or type is added to one and not the other, typecheck fails on
 * this line, so rows read from the database need no casts. (tests/unit/codes.test.ts checks
 * that the order is the same too.)
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Assert<T extends true> = T

export type CodeListsMatchPrisma = [
  Assert<Same<RoleName, Db.Role>>,
  Assert<Same<ProjectStatusCode, Db.ProjectStatus>>,
  Assert<Same<RiskLevelCode, Db.RiskLevel>>,
  Assert<Same<SourceTypeCode, Db.SourceType>>,
  Assert<Same<MentorTypeCode, Db.MentorType>>,
  Assert<Same<MentorStatusCode, Db.MentorStatus>>,
  Assert<Same<BookingStatusCode, Db.BookingStatus>>,
  Assert<Same<SessionModeCode, Db.SessionMode>>,
  Assert<Same<MatchStatusCode, Db.MatchRequestStatus>>,
  Assert<Same<ServiceStageCode, Db.ServiceStage>>,
  Assert<Same<CaseStatusCode, Db.CaseStatus>>,
  Assert<Same<StageStatusCode, Db.StageStatus>>,
  Assert<Same<LegalFormCode, Db.LegalForm>>,
  Assert<Same<LoanStatusCode, Db.LoanStatus>>,
  Assert<Same<LoanStepCode, Db.LoanStep>>,
  Assert<Same<ApplicantType, Db.ApplicantType>>,
  Assert<Same<RepaymentMethod, Db.RepaymentMethod>>,
  Assert<Same<StoryStatusCode, Db.StoryStatus>>,
  Assert<Same<AwardPhaseCode, Db.AwardPhase>>,
  Assert<Same<NominationStatusCode, Db.NominationStatus>>,
  Assert<Same<AwardVoteStatusCode, Db.AwardVoteStatus>>,
]
