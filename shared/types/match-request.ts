import type { MatchStatusCode } from '../utils/match-requests'
import type { ServiceStageCode } from '../utils/stages'
import type { BookingParty } from './booking'

export interface MatchRequestView {
  id: string
  status: MatchStatusCode
  stage: ServiceStageCode
  industry: string | null
  city: string | null
  text: string
  entrepreneur: BookingParty
  mentor: { id: string, displayName: string, title: string, organisation: string } | null
  staffNote: string | null
  createdAt: string
  assignedAt: string | null
}
