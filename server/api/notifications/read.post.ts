import { readValidatedBody } from 'h3'
import { notificationsReadSchema } from '#shared/schemas/notification'
import { markNotificationsRead } from '../../services/notifications'
import { defineApiHandler } from '../../utils/api'
import { requireUser } from '../../utils/auth'

/** POST /api/notifications/read `{ ids? }` → `{ unread }`. */
export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  const { ids } = await readValidatedBody(event, notificationsReadSchema.parse)
  return markNotificationsRead(user, ids)
})
