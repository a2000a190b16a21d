import type { Bilingual } from '../utils/loan-codes'
import type { CompletionGap, EnrolmentStatusCode, PlanGradeCode, SubsidyReason, SubsidyStatus } from '../utils/enrolments'
import type { FacetedListResponse } from './search'

/** What leaves the server about training sessions, events, enrolments and certificates. */
export type OfferingKindCode = 'TRAINING' | 'EVENT'
export type OfferingStatusCode = 'DRAFT' | 'PUBLISHED' | 'CANCELLED' | 'COMPLETED'
export type EnrolmentAction = 'cancel' | 'leave' | 'accept' | 'decline' | 'rate'

export interface OfferingCard {
  id: string
  kind: OfferingKindCode
  title: Bilingual
  programme: { code: string, name: Bilingual } | null
  eventType: { code: string, name: Bilingual } | null
  city: { code: string, name: Bilingual }
  institution: Bilingual | null
  online: boolean
  startsAt: string
  endsAt: string
  capacity: number
  placesLeft: number
  waiting: number
  enrolOpensAt: string
  enrolClosesAt: string
}

/** A session or event on the desks of its trainers and staff (GET /api/trainer/sessions), drafts included. */
export interface ManagedOffering extends OfferingCard {
  status: OfferingStatusCode
}

/** The faceted list of sessions or events: facets programme, type, city, month, mode, available. */
export type OfferingList = FacetedListResponse<OfferingCard, 'programme' | 'type' | 'city' | 'month' | 'mode' | 'available'>

export interface LessonView {
  id: string
  position: number
  startsAt: string
  endsAt: string
  topic: Bilingual
  minutes: number
}

export interface MyEnrolment {
  id: string
  status: EnrolmentStatusCode
  /** waiting: 1 = next */
  position: number | null
  offerExpiresAt: string | null
  actions: EnrolmentAction[]
  attendedMinutes: number
  certificateCode: string | null
}

export interface OfferingView extends OfferingCard {
  status: OfferingStatusCode
  body: Bilingual
  venue: string | null
  /** only for people with a confirmed place, trainers and staff */
  onlineUrl: string | null
  offerHours: number
  requiredMinutes: number | null
  requiresCategory: boolean
  lessons: LessonView[]
  /** the viewer's enrolment, if any */
  mine: MyEnrolment | null
  /** the report's Markdown as typed (for staff's form) */
  report: Bilingual | null
  /** the report rendered to sanitised HTML, per language (the other language when one is empty) */
  reportHtml: Bilingual | null
  attendance: number | null
  /** the viewer trains this session or is staff */
  manages: boolean
}

export interface EnrolResult {
  id: string
  status: 'CONFIRMED' | 'WAITLISTED'
  position?: number
}

export interface EnrolmentListItem extends MyEnrolment {
  offering: OfferingCard
}

export interface RosterRow {
  enrolmentId: string
  name: string
  status: EnrolmentStatusCode
  position: number | null
  attendedMinutes: number
  /** lesson ids attended */
  lessons: string[]
  planGrade: PlanGradeCode | null
  gaps: CompletionGap[]
  certificateCode: string | null
}

export interface CheckInCode {
  lessonId: string
  code: string
  validUntil: string
  /** what the QR code on the room screen opens */
  url: string
  window: 'not_open' | 'open' | 'closed'
  opensAt: string
  checkedIn: number
}

export interface CertificatePublic {
  code: string
  valid: boolean
  revokedReason: string | null
  name: string
  programme: Bilingual
  title: Bilingual
  institution: Bilingual | null
  from: string
  to: string
  issuedOn: string
  hours: number
}

export interface SubsidyRow {
  enrolmentId: string
  certificateCode: string
  name: string
  programme: string
  institution: Bilingual | null
  issuedOn: string
  status: SubsidyStatus
  reason: SubsidyReason
  amount: number
  windowEndsOn: string
  evidence: { roster: boolean, attendance: string, certificate: boolean, planGrade: PlanGradeCode | null }
}
