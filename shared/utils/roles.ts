export const ROLES = ['ENTREPRENEUR', 'PROVIDER', 'MENTOR', 'STAFF', 'ADMIN'] as const
export type RoleName = (typeof ROLES)[number]

/** Roles a person may choose when registering. */
export const SELF_SERVICE_ROLES = ['ENTREPRENEUR', 'PROVIDER'] as const satisfies readonly RoleName[]

/** Roles only an administrator can grant or remove. */
export const ADMIN_GRANTED_ROLES = ['MENTOR', 'STAFF', 'ADMIN'] as const satisfies readonly RoleName[]

export function hasRole(roles: readonly string[] | undefined, ...wanted: RoleName[]): boolean {
  return !!roles && wanted.some(r => roles.includes(r))
}
