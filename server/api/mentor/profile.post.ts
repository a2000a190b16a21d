import { readValidatedBody, setResponseStatus } from 'h3'
import { mentorProfileSchema } from '#shared/schemas/mentor'
import { saveOwnProfile } from '../../services/mentors'
import { defineApiHandler } from '../../utils/api'
import { requireVerifiedUser } from '../../utils/auth'

/** POST /api/mentor/profile — apply to be a mentor; staff vet the application. */
export default defineApiHandler(async (event) => {
  const { user } = await requireVerifiedUser(event)
  const input = await readValidatedBody(event, mentorProfileSchema.parse)
  const profile = await saveOwnProfile(user, input, true)
  setResponseStatus(event, 201)
  return { profile }
})
