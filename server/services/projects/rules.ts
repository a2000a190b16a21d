import type { ProjectStatusCode } from '#shared/utils/projects'
import { defineLifecycle } from '#shared/utils/lifecycle'

/**
 * A project's way into the library (创业项目入库): the provider drafts and submits, staff admit
 * (publish) or reject with reasons, a rejected project can be edited and submitted again;
 * published projects are recommended by staff and evaluated by mentors and staff; one not
 * updated for 180 days is archived by the system and can no longer be edited.
 */
export type ProjectRole = 'owner' | 'staff' | 'mentor' | 'system'
export type ProjectAction = 'edit' | 'submit' | 'withdraw' | 'approve' | 'reject' | 'recommend' | 'evaluate' | 'archive'

export const projectLifecycle = defineLifecycle<ProjectStatusCode, ProjectAction, ProjectRole>([
  { action: 'edit', event: 'edited', by: ['owner', 'staff'], from: ['DRAFT', 'PENDING', 'PUBLISHED', 'REJECTED'] },
  { action: 'submit', event: 'submitted', by: ['owner'], from: ['DRAFT', 'REJECTED'], to: 'PENDING' },
  { action: 'withdraw', event: 'withdrawn', by: ['owner'], from: ['PENDING'], to: 'DRAFT' },
  { action: 'approve', event: 'approved', by: ['staff'], from: ['PENDING'], to: 'PUBLISHED' },
  { action: 'reject', event: 'rejected', by: ['staff'], from: ['PENDING'], to: 'REJECTED' },
  { action: 'recommend', event: 'recommended', by: ['staff'], from: ['PUBLISHED'] },
  { action: 'evaluate', event: 'evaluated', by: ['mentor', 'staff'], from: ['PUBLISHED'] },
  { action: 'archive', event: 'archived', by: ['system'], from: ['PUBLISHED'], to: 'ARCHIVED', offered: false },
])

/** How a signed-in person stands to a project: its provider, staff, a mentor, or nobody in particular. */
export function projectRoleOf(user: { id: string, roles: readonly string[] }, project: { providerId: string }): ProjectRole | null {
  if (project.providerId === user.id) return 'owner'
  if (user.roles.includes('STAFF') || user.roles.includes('ADMIN')) return 'staff'
  if (user.roles.includes('MENTOR')) return 'mentor'
  return null
}
