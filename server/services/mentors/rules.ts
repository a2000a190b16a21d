import type { MentorStatusCode } from '#shared/utils/mentors'
import { defineLifecycle } from '#shared/utils/lifecycle'

/**
 * A mentor profile's vetting: the applicant submits, staff approve or reject (with a reason);
 * a rejected applicant who edits the profile goes back to the queue; staff may withdraw an
 * approval (the profile leaves the directory with the MENTOR role).
 */
export type MentorProfileRole = 'owner' | 'staff'
export type MentorProfileAction = 'edit' | 'approve' | 'reject'

export const mentorProfileLifecycle = defineLifecycle<MentorStatusCode, MentorProfileAction, MentorProfileRole>([
  { action: 'edit', event: 'edited', by: ['owner'], from: ['REJECTED'], to: 'PENDING' },
  { action: 'edit', event: 'edited', by: ['owner'], from: ['PENDING', 'APPROVED'] },
  { action: 'approve', event: 'approved', by: ['staff'], from: ['PENDING', 'REJECTED'], to: 'APPROVED' },
  { action: 'reject', event: 'rejected', by: ['staff'], from: ['PENDING', 'APPROVED'], to: 'REJECTED' },
])
