import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { z } from 'zod'
import { idParamSchema } from '#shared/schemas/common'
import { riskAnswersSchema } from '#shared/schemas/risk'
import { assessRisk } from '../../../services/cases'
import { defineApiHandler } from '../../../utils/api'
import { requireUser } from '../../../utils/auth'
import { requestLocale } from '../../../utils/errors'

const body = z.object({ answers: riskAnswersSchema })

/** POST /api/cases/:id/risk-assessment `{ answers }` → 200 `{ score, band, dimensions: [{ code, score }], advice: [{ text, url }], howScored, signals, changes }` */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const { answers } = await readValidatedBody(event, body.parse)
  return assessRisk(user, id, answers, requestLocale(event))
})
