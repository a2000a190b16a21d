import type { MentorLanguageCode, MentorStatusCode, MentorTypeCode, SessionModeCode } from '../utils/mentors'
import type { ServiceStageCode } from '../utils/stages'
import type { AvailabilitySettings } from '../utils/slots'
import type { FacetedListResponse } from './search'
import type { PendingRevisionInfo } from './revision'

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

export type MentorFacet = 'type' | 'stage' | 'industry' | 'city' | 'mode' | 'available'
export type MentorListResponse = FacetedListResponse<MentorListItem, MentorFacet>

export interface MentorReviewItem { score: number, comment: string, authorName: string, createdAt: string }

export interface MentorDetail extends MentorListItem {
  bio: string
  place: string | null
  sessionMinutes: number
  paused: boolean
  /** takes on one-stop cases as an adviser: a signed-in entrepreneur with an open case may invite them */
  acceptsAdvisees: boolean
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
  /** the uploaded photo (photoUrl is its address) */
  photoId: string | null
  /** an edit of the approved profile waits for staff (修改待审核) */
  pendingRevision?: PendingRevisionInfo
  status: MentorStatusCode
  reviewReason: string | null
  meetingUrl: string | null
  weeklyCap: number
}

/** GET /api/mentor/availability: the booking settings, and whether the mentor takes on one-stop cases as an adviser */
export type AvailabilityView = AvailabilitySettings & { timezone: 'Asia/Shanghai', acceptsAdvisees: boolean }
