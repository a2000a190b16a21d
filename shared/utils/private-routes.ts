import type { RoleName } from './roles'
import { hasRole } from './roles'

/**
 * The route middleware (middleware/*.ts) that make a page private, each with the roles it lets in
 * (none listed: any signed-in user): a signed-out visitor is sent to sign in, a user without one
 * of the roles is refused (`guardRoute`). `guest` is the opposite and is not one of them
 * (tests/unit/private-routes.test.ts keeps this table and the folder in step). The server reads
 * it too, to check a private page's shell before answering with a copy (plugins/page-cache.ts).
 */
export const PRIVATE_MIDDLEWARE = {
  auth: [],
  staff: ['STAFF', 'ADMIN'],
  admin: ['ADMIN'],
  bank: ['BANK'],
  guarantor: ['GUARANTOR'],
  trainer: ['TRAINER', 'STAFF'],
} as const satisfies Record<string, readonly RoleName[]>

export type PrivateMiddleware = keyof typeof PRIVATE_MIDDLEWARE

/** A route's guards: the role list of each of its private middleware (an empty list: anyone signed in). */
export type RouteGuards = (readonly RoleName[])[]

/** What the server says of a render that is a private page's shell (plugins/auth.ts → server/plugins/page-cache.ts). */
export interface PageShellMark { guards: RouteGuards }

interface RouteLike { matched: readonly { meta: { middleware?: unknown, shell?: unknown } }[] }

/** The role lists of a route's private middleware (every one must let the user in), or null for a public page. */
export function routeGuards(route: RouteLike): RouteGuards | null {
  const guards: RouteGuards = []
  for (const record of route.matched) {
    const middleware = record.meta.middleware
    for (const m of Array.isArray(middleware) ? middleware : [middleware]) {
      if (typeof m === 'string' && Object.hasOwn(PRIVATE_MIDDLEWARE, m)) guards.push(PRIVATE_MIDDLEWARE[m as PrivateMiddleware])
    }
  }
  return guards.length ? guards : null
}

/** Whether a private route may be rendered as a shell: none of its records says `shell: false`. */
export function shellAllowed(route: RouteLike): boolean {
  return !route.matched.some(record => record.meta.shell === false)
}

/** Whether a signed-in user with these roles passes every guard (an empty list lets anyone signed in through). */
export function passesGuards(roles: readonly string[], guards: RouteGuards): boolean {
  return guards.every(wanted => !wanted.length || hasRole(roles, ...wanted))
}
