import { readValidatedBody, setResponseStatus } from 'h3'
import { ruleSetWriteSchema } from '#shared/schemas/loan-admin'
import { writeRuleSet } from '../../../services/loans'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'
import { clientIp } from '../../../utils/request'

/** POST /api/admin/loan-rules `{ basedOn, version, effectiveFrom, source, sample, figures }` → 201 the versions — a new version of the rules, in force from a day not before today. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'ADMIN')
  const sets = await writeRuleSet(user, await readValidatedBody(event, ruleSetWriteSchema.parse), null, clientIp(event))
  setResponseStatus(event, 201)
  return sets
})
