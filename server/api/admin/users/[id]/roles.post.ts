import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { roleChangeSchema, userIdParamSchema } from '#shared/schemas/admin'
import { changeRole } from '../../../../services/admin'
import { defineApiHandler } from '../../../../utils/api'
import { requireRole } from '../../../../utils/auth'
import { clientIp } from '../../../../utils/request'

export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'ADMIN')
  const { id } = await getValidatedRouterParams(event, userIdParamSchema.parse)
  const input = await readValidatedBody(event, roleChangeSchema.parse)
  return changeRole(user, id, input, clientIp(event))
})
