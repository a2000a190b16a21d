import type { Prisma } from '../generated/prisma/client'
import type { AwardPhase, BookingStatus, CaseStatus, EnrolmentStatus, LoanStatus, NominationStatus, ProjectStatus, StoryStatus } from '../generated/prisma/enums'

/**
 * The one event-log convention of every lifecycle: each domain has a `<Domain>Event` table with
 * the same columns — what happened (`action`), the status before and after (`fromStatus`,
 * `toStatus`; both null for a change that keeps the status), who did it (`actorId`; null for
 * the system), why (`reason`, shown to the people concerned), any details (`payload`, never
 * personal numbers or secrets) and when (`createdAt`). Events are written in the same
 * transaction as the change they record, through recordEvent.
 */
export interface LifecycleEvent<S extends string> {
  action: string
  from?: S | null
  to?: S | null
  actorId: string | null
  reason?: string | null
  payload?: Prisma.InputJsonValue
}

interface EventLogs {
  project: ProjectStatus
  booking: BookingStatus
  case: CaseStatus
  loan: LoanStatus
  enrolment: EnrolmentStatus
  story: StoryStatus
  award: AwardPhase
  nomination: NominationStatus
}
export type EventSubject = keyof EventLogs

const columns = <S extends string>(e: LifecycleEvent<S>) => ({
  action: e.action, fromStatus: e.from ?? null, toStatus: e.to ?? null, actorId: e.actorId, reason: e.reason ?? null, payload: e.payload,
})

const writers: { [K in EventSubject]: (tx: Prisma.TransactionClient, id: string, e: LifecycleEvent<EventLogs[K]>) => Promise<unknown> } = {
  project: (tx, projectId, e) => tx.projectEvent.create({ data: { projectId, ...columns(e) } }),
  booking: (tx, bookingId, e) => tx.bookingEvent.create({ data: { bookingId, ...columns(e) } }),
  case: (tx, caseId, e) => tx.caseEvent.create({ data: { caseId, ...columns(e) } }),
  loan: (tx, applicationId, e) => tx.loanEvent.create({ data: { applicationId, ...columns(e) } }),
  enrolment: (tx, enrolmentId, e) => tx.enrolmentEvent.create({ data: { enrolmentId, ...columns(e) } }),
  story: (tx, storyId, e) => tx.storyEvent.create({ data: { storyId, ...columns(e) } }),
  award: (tx, roundId, e) => tx.awardEvent.create({ data: { roundId, ...columns(e) } }),
  nomination: (tx, nominationId, e) => tx.nominationEvent.create({ data: { nominationId, ...columns(e) } }),
}

export async function recordEvent<K extends EventSubject>(tx: Prisma.TransactionClient, subject: K, id: string, event: LifecycleEvent<EventLogs[K]>): Promise<void> {
  await writers[subject](tx, id, event)
}
