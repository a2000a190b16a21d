import { listMyCases } from '../../services/cases'
import { defineApiHandler } from '../../utils/api'
import { requireUser } from '../../utils/auth'

/** GET /api/cases/mine — the signed-in person's cases, those they advise and the invitations to advise. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  return listMyCases(user)
})
