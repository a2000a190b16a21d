import { readValidatedBody } from 'h3'
import { profileSchema } from '#shared/schemas/auth'
import { updateProfile } from '../../services/accounts'
import { defineApiHandler } from '../../utils/api'
import { requireUser } from '../../utils/auth'

export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const input = await readValidatedBody(event, profileSchema.parse)
  return updateProfile(user, input)
})
