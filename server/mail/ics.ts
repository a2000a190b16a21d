import { SERVICE_TIMEZONE, wallClock } from '#shared/utils/zoned-time'

/**
 * Calendar invites (RFC 5545) for booked sessions. One event per booking: the UID is derived
 * from the booking id and never changes, SEQUENCE rises with every change, so calendars update
 * the same entry on a reschedule and remove it on METHOD:CANCEL. Times are written in
 * Asia/Shanghai with its VTIMEZONE (China has had no daylight saving time since 1991).
 */
export type IcsMethod = 'REQUEST' | 'CANCEL'

export interface IcsEvent {
  method: IcsMethod
  uid: string
  sequence: number
  startsAt: Date
  endsAt: Date
  summary: string
  description: string
  location: string | null
  url: string
  organizer: { name: string, email: string }
  attendees: { name: string, email: string }[]
  /** when the event data last changed */
  stamp: Date
}

export function bookingUid(bookingId: string, host: string): string {
  return `booking-${bookingId}@${host}`
}

/**
 * Every control character a value may hold (NUL…US, DEL), as one class: a lone CR, a CRLF or an
 * LF would start a new content line in the calendar file (an injected ATTENDEE, a second
 * VEVENT). Line breaks become the escaped `\n` of RFC 5545; any other control character goes.
 */
function controlFree(s: string, keepBreaks: boolean): string {
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 0x0D && s.charCodeAt(i + 1) === 0x0A) continue // CRLF: the LF below stands for both
    if (c === 0x0A || c === 0x0D) out += keepBreaks ? '\\n' : ' '
    else if (c < 0x20 || c === 0x7F) out += c === 0x09 ? ' ' : ''
    else out += s[i]
  }
  return out
}

/** TEXT values: backslash, semicolon and comma escaped, line breaks as \n, no other control characters. */
export function escapeText(s: string): string {
  return controlFree(s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,'), true)
}

/** Quoted parameter values (CN=…) may not contain double quotes or control characters. */
function paramValue(s: string): string {
  return `"${controlFree(s, false).replace(/"/g, '\'')}"`
}

/** URIs and addresses: one line, nothing that could end it. */
function uriValue(s: string): string {
  return controlFree(s, false).replace(/\s/g, '')
}

/** Folds a content line at 75 octets without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = []
  let current = ''
  let octets = 0
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8')
    const limit = out.length ? 74 : 75 // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current)
      current = ''
      octets = 0
    }
    current += ch
    octets += size
  }
  out.push(current)
  return out.join('\r\n ')
}

const pad = (n: number) => String(n).padStart(2, '0')

function localStamp(d: Date): string {
  const w = wallClock(d, SERVICE_TIMEZONE)
  return `${w.year}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`
}

function utcStamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

/** The VEVENT lines of one event. */
function eventLines(e: Omit<IcsEvent, 'method'>, cancel: boolean): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${uriValue(e.uid)}`,
    `SEQUENCE:${e.sequence}`,
    `DTSTAMP:${utcStamp(e.stamp)}`,
    `DTSTART;TZID=${SERVICE_TIMEZONE}:${localStamp(e.startsAt)}`,
    `DTEND;TZID=${SERVICE_TIMEZONE}:${localStamp(e.endsAt)}`,
    `SUMMARY:${escapeText(e.summary)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
    `URL:${uriValue(e.url)}`,
    `ORGANIZER;CN=${paramValue(e.organizer.name)}:mailto:${uriValue(e.organizer.email)}`,
    ...e.attendees.map(a => `ATTENDEE;CN=${paramValue(a.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=${cancel ? 'DECLINED' : 'ACCEPTED'}:mailto:${uriValue(a.email)}`),
    `STATUS:${cancel ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ]
}

/**
 * One calendar file with one VEVENT per event (a training's lessons: one UID per lesson), all
 * with the same METHOD, so a CANCEL removes every lesson of a place given up.
 */
export function renderCalendar(method: IcsMethod, events: readonly Omit<IcsEvent, 'method'>[], product = 'Mentor booking'): string {
  const cancel = method === 'CANCEL'
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//StartHub//${product}//ZH`,
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    'BEGIN:VTIMEZONE',
    `TZID:${SERVICE_TIMEZONE}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0800',
    'TZOFFSETTO:+0800',
    'TZNAME:CST',
    'END:STANDARD',
    'END:VTIMEZONE',
    ...events.flatMap(e => eventLines(e, cancel)),
    'END:VCALENDAR',
  ]
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}

export function renderIcs(e: IcsEvent): string {
  return renderCalendar(e.method, [e])
}
