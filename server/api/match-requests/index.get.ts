import { listMyMatchRequests } from '../../services/match-requests'
import { defineApiHandler } from '../../utils/api'
import { requireUser } from '../../utils/auth'

/** GET /api/match-requests — my match-me requests and the mentors staff suggested. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  return listMyMatchRequests(user)
})
