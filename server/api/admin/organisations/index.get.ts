import { listOrganisations } from '../../../services/loans'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'

/** GET /api/admin/organisations — guarantee institutions and banks, with the cities they serve and their officer counts. */
export default defineApiHandler(async (event) => {
  await requireRole(event, 'ADMIN')
  return listOrganisations()
})
