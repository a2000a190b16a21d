import type { AppLocale } from '../i18n/messages'
import { SERVICE_TIMEZONE, isoWeekday, wallClock, zonedDate } from './zoned-time'

/**
 * The one way StartHub writes dates and times, on pages and in mails: always Beijing time
 * (Asia/Shanghai), whatever the reader's own zone, one date format and one date-time format per
 * language. English text names the zone; Chinese readers are all in it.
 *
 *   date       2026年12月1日            1 Dec 2026
 *   dateTime   2026年12月1日 10:00       1 Dec 2026, 10:00 Beijing time
 *   day        12月1日 周二             Tue 1 Dec
 *   slot       12月1日 周二 10:00        Tue 1 Dec, 10:00
 *   session    2026年12月1日周二 10:00–11:00（北京时间）   Tue, 1 Dec 2026, 10:00–11:00 (Beijing time, UTC+8)
 *   month      2026年12月               Dec 2026
 */
type When = Date | string
const at = (w: When) => (typeof w === 'string' ? new Date(w) : w)
const pad = (n: number) => String(n).padStart(2, '0')

const ZH_WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日']
const EN_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "10:00" in Beijing time */
export function formatTime(w: When): string {
  const c = wallClock(at(w), SERVICE_TIMEZONE)
  return `${pad(c.hour)}:${pad(c.minute)}`
}

export function formatDate(w: When, locale: AppLocale): string {
  const c = wallClock(at(w), SERVICE_TIMEZONE)
  return locale === 'en' ? `${c.day} ${EN_MONTHS[c.month - 1]} ${c.year}` : `${c.year}年${c.month}月${c.day}日`
}

/** A calendar day written YYYY-MM-DD, in the same words as formatDate. */
export function formatCalendarDate(date: string, locale: AppLocale): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return locale === 'en' ? `${d} ${EN_MONTHS[m - 1]} ${y}` : `${y}年${m}月${d}日`
}

export function formatDateTime(w: When, locale: AppLocale): string {
  return locale === 'en' ? `${formatDate(w, locale)}, ${formatTime(w)} Beijing time` : `${formatDate(w, locale)} ${formatTime(w)}`
}

export function formatMonth(w: When, locale: AppLocale): string {
  const c = wallClock(at(w), SERVICE_TIMEZONE)
  return locale === 'en' ? `${EN_MONTHS[c.month - 1]} ${c.year}` : `${c.year}年${c.month}月`
}

/** The calendar day with its weekday: "12月1日 周二" / "Tue 1 Dec". */
export function formatDay(w: When, locale: AppLocale): string {
  const d = at(w)
  const c = wallClock(d, SERVICE_TIMEZONE)
  const wd = isoWeekday(zonedDate(d)) - 1
  return locale === 'en' ? `${EN_WEEKDAYS[wd]} ${c.day} ${EN_MONTHS[c.month - 1]}` : `${c.month}月${c.day}日 ${ZH_WEEKDAYS[wd]}`
}

/** "12月1日 周二 10:00" / "Tue 1 Dec, 10:00" (the zone is said once, beside the list). */
export function formatSlot(w: When, locale: AppLocale): string {
  return locale === 'en' ? `${formatDay(w, locale)}, ${formatTime(w)}` : `${formatDay(w, locale)} ${formatTime(w)}`
}

/** A session with its zone: "2026年12月1日周二 10:00–11:00（北京时间）" / "Tue, 1 Dec 2026, 10:00–11:00 (Beijing time, UTC+8)". */
export function formatSessionTime(startsAt: When, endsAt: When, locale: AppLocale): string {
  const s = at(startsAt)
  const c = wallClock(s, SERVICE_TIMEZONE)
  const wd = isoWeekday(zonedDate(s)) - 1
  return locale === 'en'
    ? `${EN_WEEKDAYS[wd]}, ${c.day} ${EN_MONTHS[c.month - 1]} ${c.year}, ${formatTime(s)}–${formatTime(endsAt)} (Beijing time, UTC+8)`
    : `${c.year}年${c.month}月${c.day}日${ZH_WEEKDAYS[wd]} ${formatTime(s)}–${formatTime(endsAt)}（北京时间）`
}
