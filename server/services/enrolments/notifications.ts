import type { AppLocale } from '#shared/i18n/messages'
import type { TrainingTextKey } from '#shared/i18n/trainings'
import { trainingText } from '#shared/i18n/trainings'
import { formatDateTime } from '#shared/utils/format-time'
import { perLocale } from '#shared/i18n/catalogue'
import type { EnrolmentMailKind } from '../../mail/templates'
import type { IcsMethod } from '../../mail/ics'
import { renderCalendar } from '../../mail/ics'
import { calendarHost, calendarOrganizer, siteLink } from '../../mail/links'
import { prisma } from '../../utils/prisma'
import { addJob } from '../../utils/jobs'
import { enqueueMail, fromDbLocale } from '../mail'
import { notify } from '../notifications'
import type { EnrolmentRow, OfferingRow, Tx } from './store'
import { ENROLMENT_TX, enrolmentSelect, firstLessonAt, offeringSelect } from './store'

/**
 * The mails of an enrolment, each also a site notification, in the person's language. Commands
 * queue them with one job row in their own transaction (queueTell), so the offering's row lock
 * is held as briefly as possible; the job writes the mail and the notification. A
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

export async function tellEnrolment(tx: Tx, e: EnrolmentRow, o: OfferingRow, kind: EnrolmentMailKind, extra: TellExtra = {}): Promise<void> {
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
  }, { priority: tellPriority(kind) })
  const subject = (l: AppLocale) => trainingText(l, `mail.${kind}.subject` as TrainingTextKey, vars[l])
  await notify(tx, e.userId, { kind: `enrolment.${kind}`, text: { 'zh-CN': subject('zh-CN'), 'en': subject('en') }, link: path })
}

export const ENROLMENT_TELL_TASK = 'enrolment_tell'
type TellExtra = { position?: number, code?: string, calendar?: boolean }
export interface TellJob { id: string, kind: EnrolmentMailKind, extra?: TellExtra }

/** Queues an enrolment's mail and notification inside the caller's transaction (one job row). */
export async function queueTell(tx: Tx, enrolmentId: string, kind: EnrolmentMailKind, extra: TellExtra = {}): Promise<void> {
  await addJob(tx, ENROLMENT_TELL_TASK, { id: enrolmentId, kind, extra } satisfies TellJob as unknown as Record<string, unknown>, { priority: tellPriority(kind) })
}

/** A held place's clock is running: its offer goes out ahead of any backlog (a crowd's confirmations). */
const tellPriority = (kind: EnrolmentMailKind) => (kind === 'offered' ? -10 : 0)

/** The job: writes the mail (with its calendar) and the notification; an offer that is no longer open is not announced. */
export async function deliverTell(job: TellJob): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const e = await tx.enrolment.findUnique({ where: { id: job.id }, select: enrolmentSelect })
    if (!e || (job.kind === 'offered' && e.status !== 'OFFERED')) return
    const o = await tx.offering.findUnique({ where: { id: e.offeringId }, select: offeringSelect })
    if (!o) return
    await tellEnrolment(tx, e, o, job.kind, job.extra ?? {})
  }, ENROLMENT_TX)
}
