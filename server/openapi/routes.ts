import type { ZodType } from 'zod'
import type { ErrorCode } from '#shared/utils/errors'
import { forgotPasswordSchema, loginSchema, profileSchema, registerSchema, resetPasswordSchema, verifyEmailSchema, changePasswordSchema } from '#shared/schemas/auth'
import { roleChangeSchema, userListQuerySchema } from '#shared/schemas/admin'
import { bookingCreateSchema, bookingListQuerySchema, bookingNotesSchema, bookingReasonSchema, bookingRescheduleSchema, mentorReviewSchema, staffBookingQuerySchema } from '#shared/schemas/booking'
import { idParamSchema } from '#shared/schemas/common'
import { policyListQuerySchema, searchQuerySchema } from '#shared/schemas/content'
import { compareQuerySchema, enquiryMessageSchema } from '#shared/schemas/engagement'
import { matchAssignSchema, matchRequestSchema, staffMatchQuerySchema } from '#shared/schemas/match-request'
import { availabilitySchema, mentorListQuerySchema, mentorProfileSchema, mentorReviewDecisionSchema, slotQuerySchema, staffMentorQuerySchema } from '#shared/schemas/mentor'
import { projectEvaluationSchema, projectInputSchema, projectListQuerySchema, projectQueueQuerySchema, projectRecommendSchema, projectReviewSchema, projectSlugParamSchema } from '#shared/schemas/project'
import { revisionQuerySchema, revisionReviewSchema } from '#shared/schemas/revision'
import { checklistItemUpdateSchema, openingSchema } from '#shared/schemas/opening'
import { checkInAnswerSchema } from '#shared/schemas/check-in'
import { adviserSchema, caseCloseSchema, caseCommentSchema, caseCreateSchema, stageActionSchema, stageParamSchema, staffCaseQuerySchema } from '#shared/schemas/case'
import { z } from 'zod'

/**
 * Every public API route, described with the zod schemas its handler validates with. The
 * OpenAPI document (/api/openapi.json) and the reference page (/api/docs) are made from this
 * list; tests/integration/openapi.test.ts fails when a route file under server/api has no entry
 * here (or an entry no file).
 */
export type Access = 'public' | 'signed-in' | 'verified' | 'staff' | 'admin' | 'mentor' | 'provider'

export interface RouteDoc {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete'
  /** OpenAPI path, parameters in braces */
  path: string
  tag: string
  summary: string
  access: Access
  params?: ZodType
  query?: ZodType
  body?: ZodType | 'multipart-image'
  /** the success status and what it answers */
  ok: { status: number, description: string }
  errors?: ErrorCode[]
  /** not part of the public contract (development or internal) */
  hidden?: boolean
}

const id = idParamSchema
const common: ErrorCode[] = ['validation']
const signedIn: ErrorCode[] = ['unauthorized']
const verified: ErrorCode[] = ['unauthorized', 'email_not_verified']
const staffOnly: ErrorCode[] = ['unauthorized', 'forbidden']
const image: ErrorCode[] = ['validation', 'image_too_large', 'unsupported_image', 'rate_limited']

export const ROUTES: RouteDoc[] = [
  // accounts
  { method: 'post', path: '/api/auth/register', tag: 'accounts', summary: 'Register (entrepreneur or provider; the role may be written in either case). A verification mail follows.', access: 'public', body: registerSchema, ok: { status: 201, description: 'The new user (PublicUser), signed in.' }, errors: [...common, 'email_taken', 'rate_limited'] },
  { method: 'post', path: '/api/auth/login', tag: 'accounts', summary: 'Sign in; sets the session cookie.', access: 'public', body: loginSchema, ok: { status: 200, description: 'The user (PublicUser).' }, errors: [...common, 'invalid_credentials', 'rate_limited'] },
  { method: 'post', path: '/api/auth/logout', tag: 'accounts', summary: 'Sign out; ends the session on the server.', access: 'public', ok: { status: 200, description: '`{ ok: true }`' } },
  { method: 'get', path: '/api/auth/me', tag: 'accounts', summary: 'The signed-in user.', access: 'signed-in', ok: { status: 200, description: 'PublicUser' }, errors: signedIn },
  { method: 'post', path: '/api/auth/verify-email', tag: 'accounts', summary: 'Verify the address with the token from the mail.', access: 'public', body: verifyEmailSchema, ok: { status: 200, description: '`{ ok: true }`' }, errors: [...common, 'token_invalid'] },
  { method: 'post', path: '/api/auth/resend-verification', tag: 'accounts', summary: 'Send the verification mail again.', access: 'signed-in', ok: { status: 200, description: '`{ ok: true }`' }, errors: [...signedIn, 'rate_limited'] },
  { method: 'post', path: '/api/auth/forgot-password', tag: 'accounts', summary: 'Ask for a reset link; answers the same, in the same time, whether the address has an account or not.', access: 'public', body: forgotPasswordSchema, ok: { status: 202, description: '`{ ok: true }`' }, errors: [...common, 'rate_limited'] },
  { method: 'post', path: '/api/auth/reset-password', tag: 'accounts', summary: 'Set a new password with a reset token; ends every session and every other reset link.', access: 'public', body: resetPasswordSchema, ok: { status: 200, description: '`{ ok: true }`' }, errors: [...common, 'token_invalid'] },
  { method: 'post', path: '/api/account/password', tag: 'accounts', summary: 'Change the password; ends other sessions and open reset links.', access: 'signed-in', body: changePasswordSchema, ok: { status: 200, description: '`{ ok: true }`' }, errors: [...common, ...signedIn, 'wrong_password'] },
  { method: 'patch', path: '/api/account/profile', tag: 'accounts', summary: 'Name, language and city.', access: 'signed-in', body: profileSchema, ok: { status: 200, description: 'PublicUser' }, errors: [...common, ...signedIn] },
  { method: 'get', path: '/api/admin/users', tag: 'admin', summary: 'Users, filtered by text and role, 20 a page.', access: 'admin', query: userListQuerySchema, ok: { status: 200, description: '`{ items: AdminUserRow[], total, page, pageSize }`' }, errors: [...common, ...staffOnly] },
  { method: 'post', path: '/api/admin/users/{id}/roles', tag: 'admin', summary: 'Grant or remove a role; the user is mailed. The last administrator keeps the role.', access: 'admin', params: id, body: roleChangeSchema, ok: { status: 200, description: 'AdminUserRow' }, errors: [...common, ...staffOnly, 'not_found', 'last_admin', 'role_not_grantable'] },

  // reference data, content, search, health
  { method: 'get', path: '/api/cities', tag: 'reference', summary: 'Cities in display order, each area after its city (`parent`).', access: 'public', ok: { status: 200, description: 'CityOption[]' } },
  { method: 'get', path: '/api/project-categories', tag: 'reference', summary: 'Project categories (also the mentors\' industries).', access: 'public', ok: { status: 200, description: 'ProjectCategoryOption[]' } },
  { method: 'get', path: '/api/policies', tag: 'content', summary: 'Policies by tag and city (a city\'s list includes province-wide ones and, for an area, its city\'s).', access: 'public', query: policyListQuerySchema, ok: { status: 200, description: 'PolicySummary[]' }, errors: common },
  { method: 'get', path: '/api/search', tag: 'search', summary: 'Site search over projects, mentors, policies, guides and news; a Chinese query that finds nothing is tried as pinyin (`interpretedAs`).', access: 'public', query: searchQuerySchema, ok: { status: 200, description: '`{ hits, facets: { type }, estimatedTotalHits, processingTimeMs, degraded, interpretedAs? }`' }, errors: common },
  { method: 'get', path: '/api/health', tag: 'platform', summary: 'Database, search and mail, each ok or down.', access: 'public', ok: { status: 200, description: '`{ status, db, search, mail }` (503 when the database is down)' } },
  { method: 'post', path: '/api/images', tag: 'images', summary: 'Upload a picture (multipart `file`, optional `alt`): re-encoded as WebP without metadata; name its id where it is used.', access: 'verified', body: 'multipart-image', ok: { status: 201, description: '`{ id, url, alt, width, height }`' }, errors: [...verified, ...image] },

  // projects
  { method: 'get', path: '/api/projects', tag: 'projects', summary: 'The project library: text, facets (disjunctive counts), sorts; unknown codes are a 400 naming the allowed ones.', access: 'public', query: projectListQuerySchema, ok: { status: 200, description: '`{ items, total, page, pageSize, facets, degraded, interpretedAs? }`' }, errors: common },
  { method: 'post', path: '/api/projects', tag: 'projects', summary: 'A provider drafts a project.', access: 'provider', body: projectInputSchema, ok: { status: 201, description: '`{ id, slug, status: "DRAFT" }`' }, errors: [...common, ...verified, 'forbidden'] },
  { method: 'get', path: '/api/projects/{id}', tag: 'projects', summary: 'A project page by its slug (the parameter is named id): published to everyone, others to their provider and staff.', access: 'public', params: projectSlugParamSchema, ok: { status: 200, description: 'ProjectDetail with `related`' }, errors: ['not_found'] },
  { method: 'patch', path: '/api/projects/{id}', tag: 'projects', summary: 'Edit a project. An edit of a published project by its provider waits for staff as a revision (`pendingRevision`); the vetted version stays public.', access: 'verified', params: id, body: projectInputSchema, ok: { status: 200, description: '`{ id, slug, status, pendingRevision }`' }, errors: [...common, ...verified, 'forbidden', 'not_found', 'conflict'] },
  { method: 'post', path: '/api/projects/{id}/submit', tag: 'projects', summary: 'Submit for admission review.', access: 'provider', params: id, ok: { status: 200, description: '`{ ok: true }`' }, errors: [...verified, 'forbidden', 'not_found', 'conflict'] },
  { method: 'post', path: '/api/projects/{id}/withdraw', tag: 'projects', summary: 'Take a submission back to draft.', access: 'provider', params: id, ok: { status: 200, description: '`{ ok: true }`' }, errors: [...verified, 'forbidden', 'not_found', 'conflict'] },
  { method: 'post', path: '/api/projects/{id}/review', tag: 'projects', summary: 'Staff admit or reject (with a reason); the provider is mailed.', access: 'staff', params: id, body: projectReviewSchema, ok: { status: 200, description: '`{ ok: true }`' }, errors: [...common, ...staffOnly, 'not_found', 'conflict'] },
  { method: 'post', path: '/api/projects/{id}/recommend', tag: 'projects', summary: 'Staff recommend a published project (or take it back).', access: 'staff', params: id, body: projectRecommendSchema, ok: { status: 200, description: '`{ ok: true }`' }, errors: [...common, ...staffOnly, 'not_found', 'conflict'] },
  { method: 'put', path: '/api/projects/{id}/evaluation', tag: 'projects', summary: 'A mentor\'s or staff member\'s evaluation (one each, editable).', access: 'mentor', params: id, body: projectEvaluationSchema, ok: { status: 200, description: '`{ rating, ratingCount }`' }, errors: [...common, ...staffOnly, 'not_found', 'conflict'] },
  { method: 'post', path: '/api/projects/{id}/save', tag: 'projects', summary: 'Save a project.', access: 'signed-in', params: id, ok: { status: 200, description: '`{ saved: true }`' }, errors: [...signedIn, 'not_found'] },
  { method: 'delete', path: '/api/projects/{id}/save', tag: 'projects', summary: 'Unsave a project.', access: 'signed-in', params: id, ok: { status: 200, description: '`{ saved: false }`' }, errors: signedIn },
  { method: 'post', path: '/api/projects/{id}/enquiries', tag: 'projects', summary: 'Ask the provider (one thread per person and project); mailed.', access: 'verified', params: id, body: enquiryMessageSchema, ok: { status: 201, description: '`{ id }`' }, errors: [...common, ...verified, 'forbidden', 'not_found'] },
  { method: 'get', path: '/api/project-compare', tag: 'projects', summary: 'Up to three published projects side by side.', access: 'public', query: compareQuerySchema, ok: { status: 200, description: 'ProjectComparisonRow[]' }, errors: common },
  { method: 'post', path: '/api/project-images', tag: 'projects', summary: 'A provider uploads a project picture (multipart `file`, optional `alt`).', access: 'provider', body: 'multipart-image', ok: { status: 201, description: '`{ id, url, alt, width, height }`' }, errors: [...verified, 'forbidden', ...image] },
  { method: 'get', path: '/api/saved-projects', tag: 'projects', summary: 'The signed-in user\'s saved projects.', access: 'signed-in', ok: { status: 200, description: 'ProjectListItem[]' }, errors: signedIn },
  { method: 'get', path: '/api/enquiries', tag: 'projects', summary: 'The user\'s enquiry threads (asked, or about their projects).', access: 'signed-in', ok: { status: 200, description: 'EnquiryThread[]' }, errors: signedIn },
  { method: 'post', path: '/api/enquiries/{id}/messages', tag: 'projects', summary: 'Reply in a thread; the other side is mailed.', access: 'verified', params: id, body: enquiryMessageSchema, ok: { status: 201, description: '`{ ok: true }`' }, errors: [...common, ...verified, 'not_found'] },
  { method: 'get', path: '/api/provider/projects', tag: 'projects', summary: 'A provider\'s own projects, every status.', access: 'signed-in', ok: { status: 200, description: 'ProjectDashboardRow[]' }, errors: signedIn },
  { method: 'get', path: '/api/provider/projects/{id}', tag: 'projects', summary: 'A project as its edit form needs it (with a waiting revision\'s values and `pendingRevision`).', access: 'signed-in', params: id, ok: { status: 200, description: 'ProjectInput with id, status, pendingRevision' }, errors: [...signedIn, 'not_found'] },
  { method: 'get', path: '/api/staff/projects', tag: 'projects', summary: 'The admission review queue, oldest first.', access: 'staff', query: projectQueueQuerySchema, ok: { status: 200, description: '`{ items: ProjectDashboardRow[], total }`' }, errors: [...common, ...staffOnly] },
  { method: 'get', path: '/api/staff/revisions', tag: 'revisions', summary: 'Changes to approved projects and mentor profiles, field by field (before → after).', access: 'staff', query: revisionQuerySchema, ok: { status: 200, description: '`{ items: RevisionView[], total, page, pageSize }`' }, errors: [...common, ...staffOnly] },
  { method: 'post', path: '/api/staff/revisions/{id}/review', tag: 'revisions', summary: 'Approve (the change goes public) or reject with a reason; the author is mailed.', access: 'staff', params: id, body: revisionReviewSchema, ok: { status: 200, description: '`{ id, status }`' }, errors: [...common, ...staffOnly, 'not_found', 'invalid_transition'] },

  // mentors and booking
  { method: 'get', path: '/api/mentors', tag: 'mentors', summary: 'The mentor directory: text, facets, free in the next 7 days, sorts; each card with its next free slot.', access: 'public', query: mentorListQuerySchema, ok: { status: 200, description: '`{ items, total, page, pageSize, facets, degraded, interpretedAs? }`' }, errors: common },
  { method: 'get', path: '/api/mentors/{id}', tag: 'mentors', summary: 'An approved mentor\'s public profile with reviews.', access: 'public', params: id, ok: { status: 200, description: 'MentorDetail' }, errors: ['not_found'] },
  { method: 'get', path: '/api/mentors/{id}/slots', tag: 'mentors', summary: 'Free slots between two Beijing calendar days (at most 31; within five years of today).', access: 'public', params: id, query: slotQuerySchema, ok: { status: 200, description: '`{ timezone, from, to, slots: [{ startsAt, endsAt }] }`' }, errors: [...common, 'not_found'] },
  { method: 'get', path: '/api/mentor/profile', tag: 'mentors', summary: 'The signed-in user\'s mentor profile (null before applying), with a waiting revision\'s values.', access: 'signed-in', ok: { status: 200, description: '`{ profile: MentorProfile | null }`' }, errors: signedIn },
  { method: 'post', path: '/api/mentor/profile', tag: 'mentors', summary: 'Apply to be a mentor; staff vet the application. The photo is an uploaded picture (`photoId`).', access: 'verified', body: mentorProfileSchema, ok: { status: 201, description: '`{ profile }`' }, errors: [...common, ...verified, 'mentor_profile_exists'] },
  { method: 'put', path: '/api/mentor/profile', tag: 'mentors', summary: 'Edit the profile; an approved mentor\'s words and photo wait for staff as a revision.', access: 'verified', body: mentorProfileSchema, ok: { status: 200, description: '`{ profile }`' }, errors: [...common, ...verified, 'not_found'] },
  { method: 'get', path: '/api/mentor/availability', tag: 'mentors', summary: 'Weekly hours, date overrides and settings (Beijing time).', access: 'signed-in', ok: { status: 200, description: 'AvailabilityView' }, errors: [...signedIn, 'not_found'] },
  { method: 'put', path: '/api/mentor/availability', tag: 'mentors', summary: 'Save weekly hours, date overrides and settings.', access: 'signed-in', body: availabilitySchema, ok: { status: 200, description: 'AvailabilityView' }, errors: [...common, ...signedIn, 'not_found'] },
  { method: 'get', path: '/api/staff/mentors', tag: 'mentors', summary: 'Mentor applications by status.', access: 'staff', query: staffMentorQuerySchema, ok: { status: 200, description: '`{ items }`' }, errors: [...common, ...staffOnly] },
  { method: 'post', path: '/api/staff/mentors/{id}/review', tag: 'mentors', summary: 'Approve (public, MENTOR role) or reject with a reason; mailed.', access: 'staff', params: id, body: mentorReviewDecisionSchema, ok: { status: 200, description: '`{ ok: true }`' }, errors: [...common, ...staffOnly, 'not_found', 'invalid_transition'] },
  { method: 'get', path: '/api/bookings', tag: 'bookings', summary: 'The user\'s bookings, as entrepreneur and as mentor.', access: 'signed-in', query: bookingListQuerySchema, ok: { status: 200, description: '`{ items: BookingView[] }`' }, errors: [...common, ...signedIn] },
  { method: 'post', path: '/api/bookings', tag: 'bookings', summary: 'Request a session in a free slot; race-free (409 `slot_taken` for everyone but the first).', access: 'verified', body: bookingCreateSchema, ok: { status: 201, description: 'BookingView (PENDING)' }, errors: [...common, ...verified, 'forbidden', 'not_found', 'slot_taken', 'slot_unavailable', 'weekly_cap_reached', 'booking_overlap', 'mentor_unavailable'] },
  { method: 'get', path: '/api/bookings/{id}', tag: 'bookings', summary: 'A booking for one of its parties (or staff), with the actions the viewer may take.', access: 'signed-in', params: id, ok: { status: 200, description: 'BookingView' }, errors: [...signedIn, 'not_found'] },
  { method: 'post', path: '/api/bookings/{id}/accept', tag: 'bookings', summary: 'The mentor accepts a live request; both get invites.', access: 'signed-in', params: id, ok: { status: 200, description: 'BookingView' }, errors: [...signedIn, 'forbidden', 'not_found', 'invalid_transition'] },
  { method: 'post', path: '/api/bookings/{id}/decline', tag: 'bookings', summary: 'The mentor declines a request with a reason.', access: 'signed-in', params: id, body: bookingReasonSchema, ok: { status: 200, description: 'BookingView' }, errors: [...common, ...signedIn, 'forbidden', 'not_found', 'invalid_transition'] },
  { method: 'post', path: '/api/bookings/{id}/cancel', tag: 'bookings', summary: 'Cancel before the start (the entrepreneur a request or a session; the mentor a session).', access: 'signed-in', params: id, body: bookingReasonSchema, ok: { status: 200, description: 'BookingView' }, errors: [...common, ...signedIn, 'forbidden', 'not_found', 'invalid_transition'] },
  { method: 'post', path: '/api/bookings/{id}/reschedule', tag: 'bookings', summary: 'Move to another free slot in one step (the old time is freed only if the new one is won).', access: 'signed-in', params: id, body: bookingRescheduleSchema, ok: { status: 200, description: 'BookingView' }, errors: [...common, ...signedIn, 'forbidden', 'not_found', 'invalid_transition', 'slot_taken', 'slot_unavailable', 'weekly_cap_reached', 'booking_overlap'] },
  { method: 'post', path: '/api/bookings/{id}/complete', tag: 'bookings', summary: 'After the start, the mentor marks the session completed.', access: 'signed-in', params: id, ok: { status: 200, description: 'BookingView' }, errors: [...signedIn, 'forbidden', 'not_found', 'invalid_transition'] },
  { method: 'post', path: '/api/bookings/{id}/no-show', tag: 'bookings', summary: 'After the start, the mentor marks a no-show.', access: 'signed-in', params: id, ok: { status: 200, description: 'BookingView' }, errors: [...signedIn, 'forbidden', 'not_found', 'invalid_transition'] },
  { method: 'put', path: '/api/bookings/{id}/notes', tag: 'bookings', summary: 'The mentor\'s session notes.', access: 'signed-in', params: id, body: bookingNotesSchema, ok: { status: 200, description: 'BookingView' }, errors: [...common, ...signedIn, 'forbidden', 'not_found', 'invalid_transition'] },
  { method: 'post', path: '/api/bookings/{id}/review', tag: 'bookings', summary: 'The entrepreneur rates a completed session once.', access: 'signed-in', params: id, body: mentorReviewSchema, ok: { status: 200, description: 'BookingView' }, errors: [...common, ...signedIn, 'forbidden', 'not_found', 'invalid_transition', 'already_reviewed'] },
  { method: 'get', path: '/api/staff/bookings', tag: 'bookings', summary: 'Every booking, by status, mentor and dates, 50 a page.', access: 'staff', query: staffBookingQuerySchema, ok: { status: 200, description: '`{ items, total, page, pageSize }`' }, errors: [...common, ...staffOnly] },
  { method: 'get', path: '/api/match-requests', tag: 'bookings', summary: 'The entrepreneur\'s 帮我匹配 requests.', access: 'signed-in', ok: { status: 200, description: '`{ items: MatchRequestView[] }`' }, errors: signedIn },
  { method: 'post', path: '/api/match-requests', tag: 'bookings', summary: 'Ask staff to suggest a mentor.', access: 'verified', body: matchRequestSchema, ok: { status: 201, description: 'MatchRequestView' }, errors: [...common, ...verified] },
  { method: 'post', path: '/api/match-requests/{id}/close', tag: 'bookings', summary: 'Close a request.', access: 'signed-in', params: id, ok: { status: 200, description: 'MatchRequestView' }, errors: [...signedIn, 'not_found'] },
  { method: 'get', path: '/api/staff/match-requests', tag: 'bookings', summary: 'The matching queue by status.', access: 'staff', query: staffMatchQuerySchema, ok: { status: 200, description: '`{ items }`' }, errors: [...common, ...staffOnly] },
  { method: 'post', path: '/api/staff/match-requests/{id}/assign', tag: 'bookings', summary: 'Suggest a mentor; both are mailed.', access: 'staff', params: id, body: matchAssignSchema, ok: { status: 200, description: 'MatchRequestView' }, errors: [...common, ...staffOnly, 'not_found', 'invalid_transition'] },

  { method: 'get', path: '/api/openapi.json', tag: 'platform', summary: 'This document (OpenAPI 3.1), made from the handlers\' own zod schemas.', access: 'public', ok: { status: 200, description: 'The OpenAPI document' } },
  { method: 'get', path: '/api/docs', tag: 'platform', summary: 'The API reference as a page (text/html).', access: 'public', ok: { status: 200, description: 'An HTML page' } },

  // the one-stop case
  { method: 'post', path: '/api/cases', tag: 'cases', summary: 'Open a case from a library project `{ projectId }` or an own idea `{ idea: { title, category, city }, legalForm }`; one open case per person.', access: 'verified', body: caseCreateSchema, ok: { status: 201, description: '`{ id, stages: [{ code, status }] }`' }, errors: [...common, ...verified, 'case_open'] },
  { method: 'get', path: '/api/cases/mine', tag: 'cases', summary: 'The person\'s cases, those they advise, and invitations to advise.', access: 'signed-in', ok: { status: 200, description: '`{ owned, advised, invitations }`' }, errors: signedIn },
  { method: 'get', path: '/api/cases/{id}', tag: 'cases', summary: 'A case with its six stages, timeline and adviser; 404 to anyone not its owner, adviser or staff of its city (staff reads are audited).', access: 'signed-in', params: id, ok: { status: 200, description: '`{ id, project, stages, timeline, adviser, role, actions, opening, … }`' }, errors: [...signedIn, 'not_found'] },
  { method: 'post', path: '/api/cases/{id}/stages/{stage}', tag: 'cases', summary: 'The owner marks a stage done, skips it (with a reason) or takes it up again.', access: 'signed-in', params: stageParamSchema, body: stageActionSchema, ok: { status: 200, description: 'The case' }, errors: [...common, ...signedIn, 'forbidden', 'not_found', 'invalid_transition'] },
  { method: 'post', path: '/api/cases/{id}/close', tag: 'cases', summary: 'Close the case (owner or staff); it stays readable.', access: 'signed-in', params: id, body: caseCloseSchema, ok: { status: 200, description: 'The case' }, errors: [...common, ...signedIn, 'forbidden', 'not_found', 'invalid_transition'] },
  { method: 'post', path: '/api/cases/{id}/abandon', tag: 'cases', summary: 'The owner gives the case up (with a reason).', access: 'signed-in', params: id, body: caseCloseSchema, ok: { status: 200, description: 'The case' }, errors: [...common, ...signedIn, 'forbidden', 'not_found', 'invalid_transition'] },
  { method: 'post', path: '/api/cases/{id}/comments', tag: 'cases', summary: 'Comment on the case or on a section of a plan version (owner, adviser, staff).', access: 'signed-in', params: id, body: caseCommentSchema, ok: { status: 201, description: '`{ id }`' }, errors: [...common, ...signedIn, 'forbidden', 'not_found', 'invalid_transition'] },
  { method: 'post', path: '/api/cases/{id}/comments/{commentId}/resolve', tag: 'cases', summary: 'Mark a comment resolved.', access: 'signed-in', params: z.object({ id: z.uuid(), commentId: z.uuid() }), ok: { status: 200, description: '`{ ok: true }`' }, errors: [...signedIn, 'not_found'] },
  { method: 'post', path: '/api/cases/{id}/adviser', tag: 'cases', summary: 'The owner invites a mentor as adviser (one they had a session with is assigned at once); staff assign a mentor or staff member.', access: 'signed-in', params: id, body: adviserSchema, ok: { status: 200, description: '`{ adviser: "assigned" | "invited" }`' }, errors: [...common, ...signedIn, 'forbidden', 'not_found'] },
  { method: 'post', path: '/api/cases/{id}/adviser/accept', tag: 'cases', summary: 'The invited mentor becomes the adviser.', access: 'signed-in', params: id, ok: { status: 200, description: '`{ ok: true }`' }, errors: [...signedIn, 'forbidden', 'not_found'] },
  { method: 'post', path: '/api/cases/{id}/adviser/decline', tag: 'cases', summary: 'The invited mentor declines.', access: 'signed-in', params: id, ok: { status: 200, description: '`{ ok: true }`' }, errors: [...signedIn, 'forbidden', 'not_found'] },
  { method: 'get', path: '/api/cases/{id}/opening-checklist', tag: 'cases', summary: 'The opening checklist for the case\'s legal form, category and city, with each item\'s progress; an item waiting for another cannot start yet.', access: 'signed-in', params: id, ok: { status: 200, description: '`{ items, complete, settled, total }`' }, errors: [...signedIn, 'not_found'] },
  { method: 'patch', path: '/api/cases/{id}/opening-checklist/{item}', tag: 'cases', summary: 'The owner\'s progress on one item: `{ status, doneOn?, reason? }` (done needs the day, not needed a reason).', access: 'signed-in', params: z.object({ id: z.uuid(), item: z.string() }), body: checklistItemUpdateSchema, ok: { status: 200, description: 'The checklist' }, errors: [...common, ...signedIn, 'forbidden', 'not_found', 'invalid_transition'] },
  { method: 'post', path: '/api/cases/{id}/opening', tag: 'cases', summary: 'Record the opening `{ openedOn, legalForm, employees, creditCode? }` (the code stored encrypted, shown masked): completes the stage and schedules check-ins at 3, 6, 12, 24, 36 months.', access: 'signed-in', params: id, body: openingSchema, ok: { status: 200, description: 'The case' }, errors: [...common, ...signedIn, 'forbidden', 'not_found', 'invalid_transition'] },
  { method: 'get', path: '/api/cases/{id}/check-ins', tag: 'cases', summary: 'The follow-up check-ins of a case.', access: 'signed-in', params: id, ok: { status: 200, description: 'CheckInView[]' }, errors: [...signedIn, 'not_found'] },
  { method: 'get', path: '/api/check-ins/{id}', tag: 'cases', summary: 'One check-in (the mail links its form).', access: 'signed-in', params: id, ok: { status: 200, description: 'CheckInView' }, errors: [...signedIn, 'not_found'] },
  { method: 'post', path: '/api/check-ins/{id}', tag: 'cases', summary: 'The owner answers a check-in `{ status, employees, revenueBand, help?: { kinds, text } }` while it is open; help needed becomes a staff task and is mailed to the adviser.', access: 'signed-in', params: id, body: checkInAnswerSchema, ok: { status: 200, description: 'CheckInView' }, errors: [...common, ...signedIn, 'forbidden', 'not_found', 'invalid_transition'] },
  { method: 'get', path: '/api/staff/cases', tag: 'cases', summary: 'Cases of the staff member\'s cities: by city, current stage, status; stalled (no activity for 30 days) and help needed.', access: 'staff', query: staffCaseQuerySchema, ok: { status: 200, description: '`{ items: StaffCaseRow[], total, page, pageSize }`' }, errors: [...common, ...staffOnly] },
  { method: 'get', path: '/api/staff/cases.csv', tag: 'cases', summary: 'The same list as CSV (UTF-8).', access: 'staff', query: staffCaseQuerySchema, ok: { status: 200, description: 'text/csv' }, errors: [...common, ...staffOnly] },

  // not part of the public contract
  { method: 'get', path: '/api/dev/mailbox', tag: 'development', summary: 'Development only, from this machine only: the mails the local catcher received.', access: 'public', ok: { status: 200, description: 'CaughtMail[]' }, errors: ['not_found'], hidden: true },
  { method: 'get', path: '/api/_internal/content-docs', tag: 'development', summary: 'The server\'s own request for the content library (needs the per-process token).', access: 'public', ok: { status: 200, description: 'ContentDoc[]' }, hidden: true },
]
