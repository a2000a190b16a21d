import { describe, expect, it } from 'vitest'
import { projectLifecycle, projectRoleOf } from '../../server/services/projects/rules'
import { mentorProfileLifecycle } from '../../server/services/mentors/rules'
import { matchLifecycle } from '../../server/services/match-requests/rules'

describe('project lifecycle', () => {
  it('the provider submits a draft or a rejected project and can withdraw it while it waits', () => {
    expect(projectLifecycle.actionsFor('DRAFT', 'owner', undefined)).toEqual(['edit', 'submit'])
    expect(projectLifecycle.actionsFor('REJECTED', 'owner', undefined)).toEqual(['edit', 'submit'])
    expect(projectLifecycle.actionsFor('PENDING', 'owner', undefined)).toEqual(['edit', 'withdraw'])
    expect(projectLifecycle.refusal('submit', 'PENDING', 'owner', undefined)).toBe('invalid_transition')
  })

  it('only staff admit or reject, only a waiting project; staff recommend and mentors evaluate published ones', () => {
    expect(projectLifecycle.actionsFor('PENDING', 'staff', undefined)).toEqual(['edit', 'approve', 'reject'])
    expect(projectLifecycle.refusal('approve', 'PENDING', 'owner', undefined)).toBe('forbidden')
    expect(projectLifecycle.refusal('approve', 'DRAFT', 'staff', undefined)).toBe('invalid_transition')
    expect(projectLifecycle.actionsFor('PUBLISHED', 'staff', undefined)).toEqual(['edit', 'recommend', 'evaluate'])
    expect(projectLifecycle.actionsFor('PUBLISHED', 'mentor', undefined)).toEqual(['evaluate'])
    expect(projectLifecycle.refusal('submit', 'DRAFT', 'staff', undefined)).toBe('forbidden')
  })

  it('an archived project is closed to everyone; archiving is the system\'s, from published only', () => {
    for (const role of ['owner', 'staff', 'mentor'] as const) expect(projectLifecycle.actionsFor('ARCHIVED', role, undefined)).toEqual([])
    expect(projectLifecycle.fromStatuses('archive', 'system')).toEqual(['PUBLISHED'])
    expect(projectLifecycle.actionsFor('PUBLISHED', 'system', undefined)).toEqual([])
  })

  it('a provider is the owner of their project even when they are staff or a mentor too', () => {
    expect(projectRoleOf({ id: 'u1', roles: ['PROVIDER', 'STAFF'] }, { providerId: 'u1' })).toBe('owner')
    expect(projectRoleOf({ id: 'u2', roles: ['STAFF'] }, { providerId: 'u1' })).toBe('staff')
    expect(projectRoleOf({ id: 'u2', roles: ['MENTOR'] }, { providerId: 'u1' })).toBe('mentor')
    expect(projectRoleOf({ id: 'u2', roles: ['ENTREPRENEUR'] }, { providerId: 'u1' })).toBeNull()
  })
})

describe('mentor vetting and match requests', () => {
  it('approves from the queue or after a rejection; rejects a waiting or an approved profile; a rejected applicant who edits goes back to the queue', () => {
    expect(mentorProfileLifecycle.find('approve', 'PENDING', 'staff', undefined)?.to).toBe('APPROVED')
    expect(mentorProfileLifecycle.find('approve', 'APPROVED', 'staff', undefined)).toBeNull()
    expect(mentorProfileLifecycle.find('reject', 'REJECTED', 'staff', undefined)).toBeNull()
    expect(mentorProfileLifecycle.find('edit', 'REJECTED', 'owner', undefined)?.to).toBe('PENDING')
    expect(mentorProfileLifecycle.find('edit', 'APPROVED', 'owner', undefined)?.to).toBeUndefined()
  })

  it('staff assign (again) until the entrepreneur closes the request', () => {
    expect(matchLifecycle.actionsFor('ASSIGNED', 'staff', undefined)).toEqual(['assign'])
    expect(matchLifecycle.actionsFor('CLOSED', 'staff', undefined)).toEqual([])
    expect(matchLifecycle.actionsFor('OPEN', 'entrepreneur', undefined)).toEqual(['close'])
  })
})
