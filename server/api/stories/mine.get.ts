import { listMyStories } from '../../services/stories'
import { defineApiHandler } from '../../utils/api'
import { requireUser } from '../../utils/auth'

/** GET /api/stories/mine → the viewer's own stories in every status */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  return listMyStories(user)
})
