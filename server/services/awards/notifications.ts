import type { AppLocale } from '#shared/i18n/messages'
import type { AwardTextKey } from '#shared/i18n/awards'
import { awardText } from '#shared/i18n/awards'
import type { TextParams } from '#shared/i18n/catalogue'
import type { AwardMailKind } from '../../mail/templates'
import { siteLink } from '../../mail/links'
import { enqueueMail, fromDbLocale } from '../mail'
import { notify } from '../notifications'
import type { Tx } from './store'

/**
 * The award's mails, each also a site notification, in the recipient's language, written in the
 * caller's transaction. They carry names, the round and the category, and a link to a page —
 * never an email address, a personal number or a score in the URL.
 */
export interface Recipient { id: string, name: string, email: string, locale: string }

export async function tellAward(tx: Tx, to: Recipient, kind: AwardMailKind, vars: Record<AppLocale, TextParams>, path: string): Promise<void> {
  const locale = fromDbLocale(to.locale)
  await enqueueMail(tx, { to: to.email, locale, template: 'award', params: { kind, name: to.name, vars, url: siteLink(locale, path) } })
  const subject = (l: AppLocale) => awardText(l, `mail.${kind}.subject` as AwardTextKey, vars[l])
  await notify(tx, to.id, { kind: `award.${kind}`, text: { 'zh-CN': subject('zh-CN'), 'en': subject('en') }, link: path })
}

export const roundPath = (roundId: string) => `/awards/${roundId}`
export const nominationPath = (id: string) => `/awards/nominations/${id}`
