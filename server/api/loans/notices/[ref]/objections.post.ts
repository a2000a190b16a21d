import { getRouterParam, readValidatedBody, setResponseStatus } from 'h3'
import { objectionSchema } from '#shared/schemas/loan'
import { objectToNotice } from '../../../../services/loans'
import { defineApiHandler } from '../../../../utils/api'
import { AppError } from '../../../../utils/errors'
import { hit, LIMITS, rateLimited } from '../../../../utils/rate-limit'
import { clientIp } from '../../../../utils/request'

/** POST /api/loans/notices/:ref/objections `{ body, contact? }` → 201 — anyone objects to an application on notice; staff check it before the notice may end. */
export default defineApiHandler(async (event) => {
  const ref = getRouterParam(event, 'ref') ?? ''
  if (!/^GS\d{4}[2-9A-Z]{6}$/.test(ref)) throw new AppError('not_found')
  const input = await readValidatedBody(event, objectionSchema.parse)
  const limit = await hit(`objection:ip:${clientIp(event)}`, LIMITS.objectionIp)
  if (limit.exceeded) throw rateLimited(limit.retryAfterSeconds)
  const done = await objectToNotice(ref, input)
  setResponseStatus(event, 201)
  return done
})
