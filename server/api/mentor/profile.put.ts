import { readValidatedBody } from 'h3'
import { mentorProfileSchema } from '#shared/schemas/mentor'
import { saveOwnProfile } from '../../services/mentors'
import { defineApiHandler } from '../../utils/api'
import { requireVerifiedUser } from '../../utils/auth'

/** PUT /api/mentor/profile — edit the profile (a rejected application returns to the vetting queue). */
export default defineApiHandler(async (event) => {
  const { user } = await requireVerifiedUser(event)
  const input = await readValidatedBody(event, mentorProfileSchema.parse)
  return { profile: await saveOwnProfile(user, input, false) }
})
