import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { openingSchema } from '#shared/schemas/opening'
import { getCase, recordOpening } from '../../../services/cases'
import { defineApiHandler } from '../../../utils/api'
import { requireUser } from '../../../utils/auth'

/** POST /api/cases/:id/opening `{ openedOn, legalForm, employees, creditCode? }` → the case (opening done, follow-up scheduled). */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const input = await readValidatedBody(event, openingSchema.parse)
  await recordOpening(user, id, input)
  return getCase(user, id)
})
