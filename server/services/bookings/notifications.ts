import type { AppLocale } from '#shared/i18n/messages'
import { codeLabels } from '#shared/i18n/codes'
import { formatDateTime, formatSessionTime } from '#shared/utils/format-time'
import type { Prisma } from '../../generated/prisma/client'
import type { BookingMailKind } from '../../mail/templates'
import type { IcsMethod } from '../../mail/ics'
import { bookingUid, renderIcs } from '../../mail/ics'
import { calendarHost, calendarOrganizer, siteLink } from '../../mail/links'
import { enqueueMail, fromDbLocale } from '../mail'
import type { BookingRow } from './view'
import { locationFor } from './view'

/** The mails of the booking lifecycle, each with a calendar invite where the time is (or stops being) agreed. */
type Tx = Prisma.TransactionClient

export interface Recipient { name: string, email: string, locale: AppLocale, forMentor: boolean }

export function recipients(b: BookingRow): { mentor: Recipient, entrepreneur: Recipient } {
  return {
    mentor: { name: b.mentor.displayName, email: b.mentor.user.email, locale: fromDbLocale(b.mentor.user.locale), forMentor: true },
    entrepreneur: { name: b.entrepreneur.name, email: b.entrepreneur.email, locale: fromDbLocale(b.entrepreneur.locale), forMentor: false },
  }
}

function icsFor(b: BookingRow, to: Recipient, method: IcsMethod): string {
  const stage = codeLabels('stage', b.stage)
  return renderIcs({
    method,
    uid: bookingUid(b.id, calendarHost()),
    sequence: b.icsSequence,
    startsAt: b.startsAt,
    endsAt: b.endsAt,
    summary: to.locale === 'en' ? `Mentoring: ${b.topic}` : `创业辅导：${b.topic}`,
    description: to.locale === 'en'
      ? `${stage.en} with ${to.forMentor ? b.entrepreneur.name : b.mentor.displayName}. ${b.description}`
      : `${stage['zh-CN']}，${to.forMentor ? `创业者 ${b.entrepreneur.name}` : `导师 ${b.mentor.displayName}`}。${b.description}`,
    location: b.location,
    url: siteLink(to.locale, `/bookings/${b.id}`),
    organizer: calendarOrganizer(),
    // each recipient's invite names only them: parties' addresses are not shared
    attendees: [{ name: to.name, email: to.email }],
    stamp: new Date(),
  })
}

const when = (startsAt: Date, endsAt: Date) => ({ 'zh-CN': formatSessionTime(startsAt, endsAt, 'zh-CN'), 'en': formatSessionTime(startsAt, endsAt, 'en') })

export async function mailBooking(tx: Tx, b: BookingRow, to: Recipient, kind: BookingMailKind, opts: { reason?: string | null, ics?: IcsMethod, previous?: { startsAt: Date, endsAt: Date } } = {}): Promise<void> {
  await enqueueMail(tx, {
    to: to.email,
    locale: to.locale,
    template: 'booking',
    params: {
      kind, name: to.name, forMentor: to.forMentor, mentorName: b.mentor.displayName, entrepreneurName: b.entrepreneur.name,
      when: when(b.startsAt, b.endsAt),
      ...(opts.previous ? { previousWhen: when(opts.previous.startsAt, opts.previous.endsAt) } : {}),
      deadline: { 'zh-CN': formatDateTime(b.expiresAt, 'zh-CN'), 'en': formatDateTime(b.expiresAt, 'en') },
      topic: b.topic, stage: codeLabels('stage', b.stage), mode: codeLabels('mode', b.mode),
      // the entrepreneur learns an online meeting link only with an accepted session
      location: locationFor(b, !to.forMentor), reason: opts.reason ?? null,
      url: siteLink(to.locale, `/bookings/${b.id}`),
    },
    ...(opts.ics ? { ics: { method: opts.ics, content: icsFor(b, to, opts.ics) } } : {}),
  })
}

/** Both parties get the same kind of mail (each in their language, each with their own invite). */
export async function mailBoth(tx: Tx, b: BookingRow, kind: BookingMailKind, opts: Parameters<typeof mailBooking>[4] = {}): Promise<void> {
  const r = recipients(b)
  await mailBooking(tx, b, r.entrepreneur, kind, opts)
  await mailBooking(tx, b, r.mentor, kind, opts)
}
