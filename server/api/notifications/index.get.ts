import { listNotifications } from '../../services/notifications'
import { defineApiHandler } from '../../utils/api'
import { requireUser } from '../../utils/auth'

/** GET /api/notifications → `{ items, unread }`: the reader's newest 30. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  return listNotifications(user)
})
