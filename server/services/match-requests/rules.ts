import type { MatchStatusCode } from '#shared/utils/match-requests'
import { defineLifecycle } from '#shared/utils/lifecycle'

/** 帮我匹配: staff suggest a mentor (again, if needed) until the entrepreneur closes the request. */
export type MatchRole = 'entrepreneur' | 'staff'
export type MatchAction = 'assign' | 'close'

export const matchLifecycle = defineLifecycle<MatchStatusCode, MatchAction, MatchRole>([
  { action: 'assign', event: 'assigned', by: ['staff'], from: ['OPEN', 'ASSIGNED'], to: 'ASSIGNED' },
  { action: 'close', event: 'closed', by: ['entrepreneur'], from: ['OPEN', 'ASSIGNED'], to: 'CLOSED' },
])
