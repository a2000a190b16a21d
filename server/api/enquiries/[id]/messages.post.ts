import { getValidatedRouterParams, readValidatedBody, setResponseStatus } from 'h3'
import { enquiryIdParamSchema, enquiryMessageSchema } from '#shared/schemas/engagement'
import { replyEnquiry } from '../../../services/projects'
import { defineApiHandler } from '../../../utils/api'
import { requireVerifiedUser } from '../../../utils/auth'

export default defineApiHandler(async (event) => {
  const { user } = await requireVerifiedUser(event)
  const { id } = await getValidatedRouterParams(event, enquiryIdParamSchema.parse)
  const input = await readValidatedBody(event, enquiryMessageSchema.parse)
  await replyEnquiry(user, id, input)
  setResponseStatus(event, 201)
  return { ok: true }
})
