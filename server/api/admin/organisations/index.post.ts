import { readValidatedBody, setResponseStatus } from 'h3'
import { organisationSchema } from '#shared/schemas/loan-admin'
import { saveOrganisation } from '../../../services/loans'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'
import { clientIp } from '../../../utils/request'

/** POST /api/admin/organisations `{ kind, nameZh, nameEn, cityCodes }` → 201 `{ id }`. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'ADMIN')
  const row = await saveOrganisation(user, null, await readValidatedBody(event, organisationSchema.parse), clientIp(event))
  setResponseStatus(event, 201)
  return row
})
