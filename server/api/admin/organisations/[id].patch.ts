import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { organisationPatchSchema } from '#shared/schemas/loan-admin'
import { saveOrganisation } from '../../../services/loans'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'
import { clientIp } from '../../../utils/request'

/** PATCH /api/admin/organisations/:id `{ nameZh?, nameEn?, cityCodes? }` → `{ id }`. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'ADMIN')
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  return saveOrganisation(user, id, await readValidatedBody(event, organisationPatchSchema.parse), clientIp(event))
})
