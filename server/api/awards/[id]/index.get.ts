import { getValidatedRouterParams } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { roundView } from '../../../services/awards'
import { defineApiHandler } from '../../../utils/api'
import { currentSession } from '../../../utils/auth'

/** GET /api/awards/:id — the round: phase, windows, rules, the shortlist from the notice on, the last published daily count, and what the viewer may do. */
export default defineApiHandler(async (event) => {
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const session = await currentSession(event)
  return roundView(session?.user ?? null, id)
})
