import { myEnrolments } from '../../services/trainings'
import { defineApiHandler } from '../../utils/api'
import { requireUser } from '../../utils/auth'

/** GET /api/enrolments/mine — the viewer's enrolments in trainings and events, newest first, with positions and offers. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  return myEnrolments(user)
})
