import type { AppLocale } from '#shared/i18n/messages'
import { serverEnv } from '../utils/env'

/** An absolute link into the site, in the recipient's language (for mails and invites). */
export function siteLink(locale: AppLocale, path: string): string {
  return `${serverEnv().appUrl}${locale === 'en' ? '/en' : ''}${path}`
}

/** The host that calendar UIDs are scoped to (the site's own). */
export function calendarHost(): string {
  return new URL(serverEnv().appUrl).hostname
}

/** The organizer of every calendar invite: StartHub's sender address. */
export function calendarOrganizer(): { name: string, email: string } {
  const from = serverEnv().mailFrom
  return { name: '创业一站通 StartHub', email: from.match(/<([^>]+)>/)?.[1] ?? from }
}
