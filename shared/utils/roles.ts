export const ROLES = ['ENTREPRENEUR', 'PROVIDER', 'MENTOR', 'STAFF', 'ADMIN', 'GUARANTOR', 'BANK', 'TRAINER'] as const
export type RoleName = (typeof ROLES)[number]

/** Roles a person may choose when registering. */
export const SELF_SERVICE_ROLES = ['ENTREPRENEUR', 'PROVIDER'] as const satisfies readonly RoleName[]

/** Roles only an administrator can grant or remove. */
export const ADMIN_GRANTED_ROLES = ['MENTOR', 'STAFF', 'ADMIN', 'GUARANTOR', 'BANK', 'TRAINER'] as const satisfies readonly RoleName[]

/** Officers of a guarantee institution (担保机构) or a handling bank (经办银行), and trainers of a training institution (承训机构): each works for one organisation of that kind. */
export const ORGANISATION_ROLES = ['GUARANTOR', 'BANK', 'TRAINER'] as const satisfies readonly RoleName[]
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number]

/** The kind of organisation each of those roles works for. */
export const ORGANISATION_KIND_OF = { GUARANTOR: 'GUARANTOR', BANK: 'BANK', TRAINER: 'INSTITUTION' } as const satisfies Record<OrganisationRole, string>

export function hasRole(roles: readonly string[] | undefined, ...wanted: RoleName[]): boolean {
  return !!roles && wanted.some(r => roles.includes(r))
}
