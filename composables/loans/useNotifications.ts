import type { NotificationList } from '#shared/types/notification'

/** The signed-in person's site notifications (the header bell): the newest 30, unread count, mark as read. */
export function useNotifications() {
  const api = useApi()
  const { user } = useAuth()
  const list = useAsyncData('notifications', () => (user.value ? api<NotificationList>('/api/notifications').catch(() => ({ items: [], unread: 0 })) : Promise.resolve({ items: [], unread: 0 } as NotificationList)), { default: () => ({ items: [], unread: 0 } as NotificationList), watch: [() => user.value?.id] })
  async function markRead(ids?: string[]) {
    await api('/api/notifications/read', { method: 'POST', body: { ids } })
    await list.refresh()
  }
  return { ...list, markRead }
}
