import { readValidatedBody, setResponseStatus } from 'h3'
import { registerSchema } from '#shared/schemas/auth'
import { register } from '../../services/accounts'
import { defineApiHandler } from '../../utils/api'
import { requestContext } from '../../utils/context'

export default defineApiHandler(async (event) => {
  const input = await readValidatedBody(event, registerSchema.parse)
  const user = await register(input, requestContext(event))
  setResponseStatus(event, 201)
  return user
})
