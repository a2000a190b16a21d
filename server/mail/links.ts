import type { AppLocale } from '#shared/i18n/messages'
import { serverEnv } from '../utils/env'

/** An absolute link into the site, in the recipient's language (for mails and invites). */
export function siteLink(locale: AppLocale, path: string): string {
  return `${serverEnv().appUrl}${locale === 'en' ? '/en' : ''}${path}`
}
