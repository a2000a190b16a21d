import { getValidatedRouterParams, readValidatedBody, setResponseStatus } from 'h3'
import { enquiryMessageSchema } from '#shared/schemas/engagement'
import { projectIdParamSchema } from '#shared/schemas/project'
import { sendEnquiry } from '../../../services/projects'
import { defineApiHandler } from '../../../utils/api'
import { requireVerifiedUser } from '../../../utils/auth'

export default defineApiHandler(async (event) => {
  const { user } = await requireVerifiedUser(event)
  const { id } = await getValidatedRouterParams(event, projectIdParamSchema.parse)
  const input = await readValidatedBody(event, enquiryMessageSchema.parse)
  setResponseStatus(event, 201)
  return sendEnquiry(user, id, input)
})
