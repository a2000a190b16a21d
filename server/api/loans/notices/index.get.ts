import { loanNotices } from '../../../services/loans'
import { defineApiHandler } from '../../../utils/api'

/** GET /api/loans/notices — the public notice (公示): applications on notice now, masked (surname, category, amount, city, days). */
export default defineApiHandler(async () => loanNotices())
