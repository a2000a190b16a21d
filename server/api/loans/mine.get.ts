import { myLoans } from '../../services/loans'
import { defineApiHandler } from '../../utils/api'
import { requireUser } from '../../utils/auth'

/** GET /api/loans/mine — the signed-in person's applications, newest first. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  return myLoans(user)
})
