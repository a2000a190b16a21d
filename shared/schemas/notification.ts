import { z } from 'zod'
import { intParam } from './common'

/** The newest notifications a page of the bell shows. */
export const NOTIFICATION_PAGE = 30

/**
 * GET /api/notifications `?take=`: how many of the newest to list, 0 to 30 (30 unless asked). Every
 * page's header asks for 0 (the unread count alone); the list comes when the bell is opened.
 */
export const notificationListQuerySchema = z.object({
  take: intParam(0, NOTIFICATION_PAGE).default(NOTIFICATION_PAGE),
})

/** POST /api/notifications/read `{ ids? }`: the ones named, or all. */
export const notificationsReadSchema = z.object({ ids: z.array(z.uuid('validation.invalid')).max(100, 'validation.tooMany').optional() })
