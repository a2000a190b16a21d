import { readValidatedBody } from 'h3'
import { loginSchema } from '#shared/schemas/auth'
import { login } from '../../services/accounts'
import { defineApiHandler } from '../../utils/api'
import { requestContext } from '../../utils/context'

export default defineApiHandler(async (event) => {
  const input = await readValidatedBody(event, loginSchema.parse)
  return login(event, input, requestContext(event))
})
