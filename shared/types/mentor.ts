import type { BookingStatusCode, MatchStatusCode, MentorLanguageCode, MentorStatusCode, MentorTypeCode, ServiceStageCode, SessionModeCode } from '../utils/mentors'
import type { FacetCounts } from './project'
import type { AvailabilitySettings } from '../utils/slots'

/** A card in GET /api/mentors. */
export interface MentorListItem {
  id: string
  displayName: string
  photoUrl: string | null
  type: MentorTypeCode
  title: string
  organisation: string
  stages: ServiceStageCode[]
  industries: string[]
  city: string
  modes: SessionModeCode[]
  languages: MentorLanguageCode[]
  rating: number | null
  ratingCount: number
  sessionCount: number
  /** ISO 8601 with offset (Asia/Shanghai), or null when nothing is free in the horizon */
  nextSlot: string | null
}

export interface MentorListResponse {
  items: MentorListItem[]
  total: number
  page: number
  pageSize: number
  facets: { type: FacetCounts, stage: FacetCounts, industry: FacetCounts, city: FacetCounts, mode: FacetCounts, available: FacetCounts }
  degraded: boolean
}

export interface MentorReviewItem { score: number, comment: string, authorName: string, createdAt: string }

export interface MentorDetail extends MentorListItem {
  bio: string
  place: string | null
  sessionMinutes: number
  paused: boolean
  reviews: MentorReviewItem[]
}

export interface SlotResponse {
  timezone: 'Asia/Shanghai'
  from: string
  to: string
  slots: { startsAt: string, endsAt: string }[]
}

/** The mentor's own profile (GET /api/mentor/profile). */
export interface MentorProfile extends Omit<MentorDetail, 'reviews' | 'nextSlot'> {
  status: MentorStatusCode
  reviewReason: string | null
  meetingUrl: string | null
  weeklyCap: number
}

export type AvailabilityView = AvailabilitySettings & { timezone: 'Asia/Shanghai' }

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
