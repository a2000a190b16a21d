import { trainingOptions } from '../../services/trainings'
import { defineApiHandler } from '../../utils/api'
import { requireRole } from '../../utils/auth'

/** GET /api/staff/training-options → `{ institutions, trainers }` for the session form. */
export default defineApiHandler(async (event) => {
  await requireRole(event, 'STAFF')
  return trainingOptions()
})
