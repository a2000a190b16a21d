import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { ruleSetWriteSchema, ruleVersionParamSchema } from '#shared/schemas/loan-admin'
import { writeRuleSet } from '../../../services/loans'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'
import { clientIp } from '../../../utils/request'

/** PUT /api/admin/loan-rules/:version — changes a version not in force yet and not used; 409 `rules_in_use` otherwise. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'ADMIN')
  const { version } = await getValidatedRouterParams(event, ruleVersionParamSchema.parse)
  return writeRuleSet(user, await readValidatedBody(event, ruleSetWriteSchema.parse), version, clientIp(event))
})
