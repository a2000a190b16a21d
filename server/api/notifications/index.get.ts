import { getValidatedQuery } from 'h3'
import { notificationListQuerySchema } from '#shared/schemas/notification'
import { listNotifications } from '../../services/notifications'
import { defineApiHandler } from '../../utils/api'
import { requireUser } from '../../utils/auth'

/** GET /api/notifications?take= → `{ items, unread }`: the reader's newest 30 (or `take`, 0–30; 0 is the unread count alone). */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { take } = await getValidatedQuery(event, notificationListQuerySchema.parse)
  return listNotifications(user, take)
})
