import type { AppLocale } from '#shared/i18n/messages'
import type { TrainingTextKey } from '#shared/i18n/trainings'
import { trainingText } from '#shared/i18n/trainings'
import { formatDateTime } from '#shared/utils/format-time'
import type { TextParams } from '#shared/i18n/catalogue'
import type { EnrolmentMailKind } from '../../mail/templates'
import type { IcsMethod } from '../../mail/ics'
import { renderCalendar } from '../../mail/ics'
import { calendarHost, calendarOrganizer, siteLink } from '../../mail/links'
import { enqueueMail, fromDbLocale } from '../mail'
import { notify } from '../notifications'
import type { EnrolmentRow, OfferingRow, Tx } from './store'
import { firstLessonAt } from './store'

/**
 * The mails of an enrolment, each also a site notification, in the person's language. A
 * confirmed place carries a calendar invite with one event per lesson (one UID per lesson of
 * this enrolment); giving the place up sends the same UIDs with METHOD:CANCEL.
 */
export function offeringPath(o: Pick<OfferingRow, 'id' | 'kind'>): string {
  return o.kind === 'EVENT' ? `/events/${o.id}` : `/trainings/${o.id}`
}

export function lessonUid(enrolmentId: string, lessonId: string): string {
  return `enrolment-${enrolmentId}-lesson-${lessonId}@${calendarHost()}`
}

function lessonsCalendar(e: EnrolmentRow, o: OfferingRow, method: IcsMethod, locale: AppLocale): string {
  const title = locale === 'en' ? o.titleEn : o.titleZh
  const place = o.online ? (method === 'REQUEST' ? o.onlineUrl : null) : o.venue
  return renderCalendar(method, o.lessons.map(l => ({
    uid: lessonUid(e.id, l.id),
    sequence: method === 'CANCEL' ? 1 : 0,
    startsAt: l.startsAt,
    endsAt: l.endsAt,
    summary: o.lessons.length > 1 ? `${title} · ${locale === 'en' ? l.topicEn : l.topicZh}` : title,
    description: locale === 'en' ? `${title}, lesson ${l.position + 1} of ${o.lessons.length}.` : `${title}，第 ${l.position + 1}/${o.lessons.length} 节。`,
    location: place ?? null,
    url: siteLink(locale, offeringPath(o)),
    organizer: calendarOrganizer(),
    attendees: [{ name: e.user.name, email: e.user.email }],
    stamp: new Date(),
  })), 'Training')
}

const perLocale = (f: (l: AppLocale) => TextParams): Record<AppLocale, TextParams> => ({ 'zh-CN': f('zh-CN'), 'en': f('en') })

export async function tellEnrolment(tx: Tx, e: EnrolmentRow, o: OfferingRow, kind: EnrolmentMailKind, extra: { position?: number, code?: string, calendar?: boolean } = {}): Promise<void> {
  const locale = fromDbLocale(e.user.locale)
  const vars = perLocale(l => ({
    title: l === 'en' ? o.titleEn : o.titleZh,
    when: formatDateTime(firstLessonAt(o), l),
    until: e.offerExpiresAt ? formatDateTime(e.offerExpiresAt, l) : '',
    position: extra.position ?? '',
    code: extra.code ?? '',
  }))
  const ics = extra.calendar === false ? null : kind === 'confirmed' ? 'REQUEST' : (kind === 'cancelled' || kind === 'cancelledBySession') ? 'CANCEL' : null
  const path = offeringPath(o)
  await enqueueMail(tx, {
    to: e.user.email,
    locale,
    template: 'enrolment',
    params: { kind, name: e.user.name, vars, url: siteLink(locale, path) },
    ...(ics ? { ics: { method: ics, content: lessonsCalendar(e, o, ics, locale) } } : {}),
  })
  const subject = (l: AppLocale) => trainingText(l, `mail.${kind}.subject` as TrainingTextKey, vars[l])
  await notify(tx, e.userId, { kind: `enrolment.${kind}`, text: { 'zh-CN': subject('zh-CN'), 'en': subject('en') }, link: path })
}
