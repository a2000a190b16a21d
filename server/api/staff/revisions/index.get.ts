import { getValidatedQuery } from 'h3'
import { revisionQuerySchema } from '#shared/schemas/revision'
import { listRevisions } from '../../../services/revisions'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'

/** GET /api/staff/revisions?entity=project|mentor&status=PENDING&page= — changes to approved records, field by field. */
export default defineApiHandler(async (event) => {
  await requireRole(event, 'STAFF', 'ADMIN')
  const query = await getValidatedQuery(event, revisionQuerySchema.parse)
  return listRevisions(query)
})
