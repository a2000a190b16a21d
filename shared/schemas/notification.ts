import { z } from 'zod'

/** POST /api/notifications/read `{ ids? }`: the ones named, or all. */
export const notificationsReadSchema = z.object({ ids: z.array(z.uuid('validation.invalid')).max(100, 'validation.tooMany').optional() })
