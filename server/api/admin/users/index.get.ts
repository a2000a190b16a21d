import { getValidatedQuery } from 'h3'
import { userListQuerySchema } from '#shared/schemas/admin'
import { listUsers } from '../../../services/admin'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'

export default defineApiHandler(async (event) => {
  await requireRole(event, 'ADMIN')
  const query = await getValidatedQuery(event, userListQuerySchema.parse)
  return listUsers(query)
})
