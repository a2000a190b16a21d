import type { Bilingual } from '../i18n/messages'

export interface NotificationItem {
  id: string
  kind: string
  text: Bilingual
  link: string | null
  read: boolean
  at: string
}

/** GET /api/notifications: the newest 30 and how many are unread. */
export interface NotificationList { items: NotificationItem[], unread: number }
