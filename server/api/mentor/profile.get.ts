import { getOwnProfile } from '../../services/mentors'
import { defineApiHandler } from '../../utils/api'
import { requireUser } from '../../utils/auth'

/** GET /api/mentor/profile — the signed-in user's mentor profile and its vetting status (null before applying). */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  return { profile: await getOwnProfile(user) }
})
