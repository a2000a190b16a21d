import { myReviews } from '../../services/awards'
import { defineApiHandler } from '../../utils/api'
import { requireUser } from '../../utils/auth'

/** GET /api/nominations/reviewing — the nominations the viewer was asked to review. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  return myReviews(user)
})
