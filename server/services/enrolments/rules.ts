import type { EnrolmentAction } from '#shared/types/training'
import type { EnrolmentStatusCode } from '#shared/utils/enrolments'
import { defineLifecycle } from '#shared/utils/lifecycle'

/**
 * The enrolment lifecycle (trainings and events): who may do what, from which status, when.
 * The actions an enrolment offers (MyEnrolment.actions) and the check in every command come
 * from this table.
 *
 * A person with a place may give it up until the first lesson starts; a waiting person may
 * leave the queue at any time; an offered place is accepted or declined until the offer runs
 * out, after which only the system lapses it. Completion is the trainer's (or staff's).
 */
export type EnrolmentRole = 'trainee' | 'trainer' | 'system'
export interface EnrolmentFacts { started: boolean, offerExpired: boolean, rated: boolean, attended: boolean }
export type EnrolmentCommand = EnrolmentAction | 'offer' | 'lapse' | 'complete' | 'not-complete' | 'grade' | 'session-cancelled'

export const enrolmentLifecycle = defineLifecycle<EnrolmentStatusCode, EnrolmentCommand, EnrolmentRole, EnrolmentFacts>([
  { action: 'cancel', event: 'cancelled', by: ['trainee'], from: ['CONFIRMED'], to: 'CANCELLED', when: e => !e.started },
  { action: 'leave', event: 'left', by: ['trainee'], from: ['WAITLISTED'], to: 'LEFT' },
  { action: 'accept', event: 'accepted', by: ['trainee'], from: ['OFFERED'], to: 'CONFIRMED', when: e => !e.offerExpired },
  { action: 'decline', event: 'declined', by: ['trainee'], from: ['OFFERED'], to: 'DECLINED', when: e => !e.offerExpired },
  { action: 'rate', event: 'rated', by: ['trainee'], from: ['COMPLETED'], when: e => !e.rated },
  { action: 'rate', event: 'rated', by: ['trainee'], from: ['CONFIRMED'], when: e => e.started && e.attended && !e.rated },
  { action: 'grade', event: 'graded', by: ['trainer'], from: ['CONFIRMED'], offered: false },
  { action: 'complete', event: 'completed', by: ['trainer'], from: ['CONFIRMED'], to: 'COMPLETED', offered: false },
  { action: 'not-complete', event: 'not_completed', by: ['trainer'], from: ['CONFIRMED'], to: 'NOT_COMPLETED', offered: false },
  // the system's own steps, never offered as buttons
  { action: 'offer', event: 'offered', by: ['system'], from: ['WAITLISTED'], to: 'OFFERED', offered: false },
  { action: 'lapse', event: 'lapsed', by: ['system'], from: ['OFFERED'], to: 'LAPSED', when: e => e.offerExpired, offered: false },
  { action: 'session-cancelled', event: 'session_cancelled', by: ['system'], from: ['CONFIRMED', 'WAITLISTED', 'OFFERED'], to: 'CANCELLED', offered: false },
])

export function isEnrolmentAction(a: EnrolmentCommand): a is EnrolmentAction {
  return ['cancel', 'leave', 'accept', 'decline', 'rate'].includes(a)
}

export function enrolmentFacts(e: { offerExpiresAt: Date | null, rated?: boolean, attended?: boolean }, firstLessonAt: Date, now: Date): EnrolmentFacts {
  return { started: firstLessonAt <= now, offerExpired: !!e.offerExpiresAt && e.offerExpiresAt <= now, rated: !!e.rated, attended: !!e.attended }
}
