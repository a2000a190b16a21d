import { listRounds } from '../../services/awards'
import { defineApiHandler } from '../../utils/api'

/** GET /api/awards — the award rounds (创业先锋评选) that have opened, newest first. */
export default defineApiHandler(async () => listRounds())
