import type { NotificationList } from '#shared/types/notification'

/**
 * The signed-in person's site notifications (the header bell): the unread count on every page,
 * the newest 30 once the bell has been opened (`open`), mark as read. Every page's render asks
 * for the count alone, not for thirty notifications nobody has opened.
 */
export function useNotifications() {
  const api = useApi()
  const { user } = useAuth()
  const listed = useState('notifications-listed', () => false)
  const none = (): NotificationList => ({ items: [], unread: 0 })
  const list = useAsyncData('notifications', () => (user.value ? api<NotificationList>('/api/notifications', { query: listed.value ? {} : { take: 0 } }).catch(none) : Promise.resolve(none())), { default: none, watch: [() => user.value?.id] })
  /** The bell was opened: from now on the list comes with the count. */
  async function open() {
    listed.value = true
    await list.refresh()
  }
  async function markRead(ids?: string[]) {
    await api('/api/notifications/read', { method: 'POST', body: { ids } })
    await list.refresh()
  }
  return { ...list, listed, open, markRead }
}
