import type { Bilingual } from '#shared/i18n/messages'
import { NOTIFICATION_PAGE } from '#shared/schemas/notification'
import type { NotificationList } from '#shared/types/notification'
import type { PublicUser } from '#shared/types/user'
import type { Prisma } from '../generated/prisma/client'
import { prisma } from '../utils/prisma'

/**
 * Site notifications (the bell in the header): what a mail says, also on the site, in both
 * languages so the reader's choice of language decides. Written in the caller's transaction,
 * with the change they announce. The link is a site path, never carrying personal data.
 */
export async function notify(tx: Prisma.TransactionClient, userId: string, n: { kind: string, text: Bilingual, link: string }): Promise<void> {
  await tx.notification.create({ data: { userId, kind: n.kind, params: { text: n.text }, link: n.link } })
}

/** The reader's newest `take` notifications (none: the unread count alone) and how many are unread. */
export async function listNotifications(user: PublicUser, take = NOTIFICATION_PAGE): Promise<NotificationList> {
  const [rows, unread] = await Promise.all([
    take === 0 ? [] : prisma.notification.findMany({ where: { userId: user.id }, orderBy: { createdAt: 'desc' }, take, select: { id: true, kind: true, params: true, link: true, readAt: true, createdAt: true } }),
    prisma.notification.count({ where: { userId: user.id, readAt: null } }),
  ])
  return {
    items: rows.map(r => ({ id: r.id, kind: r.kind, text: (r.params as { text: Bilingual }).text, link: r.link, read: r.readAt !== null, at: r.createdAt.toISOString() })),
    unread,
  }
}

/** Marks the reader's own notifications read: the ones named, or all. */
export async function markNotificationsRead(user: PublicUser, ids: string[] | undefined): Promise<{ unread: number }> {
  await prisma.notification.updateMany({ where: { userId: user.id, readAt: null, ...(ids ? { id: { in: ids } } : {}) }, data: { readAt: new Date() } })
  return { unread: await prisma.notification.count({ where: { userId: user.id, readAt: null } }) }
}
