import { getValidatedRouterParams, setResponseStatus } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { submitPlanVersion } from '../../../../services/cases'
import { defineApiHandler } from '../../../../utils/api'
import { requireUser } from '../../../../utils/auth'

/** POST /api/cases/:id/plan/versions → 201 `{ number }`: the draft frozen for the adviser's review; later edits make a new version. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const created = await submitPlanVersion(user, id)
  setResponseStatus(event, 201)
  return created
})
