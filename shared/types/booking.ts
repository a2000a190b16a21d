import type { BookingStatusCode } from '../utils/bookings'
import type { SessionModeCode } from '../utils/mentors'
import type { ServiceStageCode } from '../utils/stages'

export interface BookingParty { id: string, name: string }

export interface BookingView {
  id: string
  status: BookingStatusCode
  /** ISO 8601 with offset (Asia/Shanghai) */
  startsAt: string
  endsAt: string
  stage: ServiceStageCode
  topic: string
  description: string
  mode: SessionModeCode
  location: string | null
  mentor: BookingParty & { mentorId: string, title: string, organisation: string }
  entrepreneur: BookingParty
  /** how the signed-in user takes part: 'entrepreneur', 'mentor' or 'staff' */
  role: 'entrepreneur' | 'mentor' | 'staff'
  expiresAt: string
  decisionReason: string | null
  cancelReason: string | null
  notes: string | null
  review: { score: number, comment: string } | null
  createdAt: string
  /** what the signed-in user may do now */
  actions: BookingAction[]
}

export type BookingAction = 'accept' | 'decline' | 'cancel' | 'reschedule' | 'complete' | 'no-show' | 'notes' | 'review'
