import type { AppLocale } from '#shared/i18n/messages'
import { formatCalendarDate, formatDate, formatDateTime, formatDay, formatMonth, formatSessionTime, formatSlot, formatTime } from '#shared/utils/format-time'

/**
 * Dates and times for pages, in the page's language and always in Beijing time: the same
 * formatter as the mails (shared/utils/format-time.ts), so one date reads the same everywhere.
 */
export function useFormat() {
  const { locale } = useI18n()
  const lc = () => (locale.value === 'en' ? 'en' : 'zh-CN') as AppLocale
  return {
    /** 2026年12月1日 / 1 Dec 2026 */
    date: (iso: string | Date) => formatDate(iso, lc()),
    /** a YYYY-MM-DD calendar day */
    calendarDate: (day: string) => formatCalendarDate(day, lc()),
    /** 2026年12月1日 10:00 / 1 Dec 2026, 10:00 Beijing time */
    dateTime: (iso: string | Date) => formatDateTime(iso, lc()),
    /** 12月1日 周二 / Tue 1 Dec */
    day: (iso: string | Date) => formatDay(iso, lc()),
    /** 12月1日 周二 10:00 / Tue 1 Dec, 10:00 */
    slot: (iso: string | Date) => formatSlot(iso, lc()),
    /** 10:00 */
    time: (iso: string | Date) => formatTime(iso),
    /** a session with its zone */
    session: (startsAt: string, endsAt: string) => formatSessionTime(startsAt, endsAt, lc()),
    /** 2026年12月 / Dec 2026 */
    month: (iso: string | Date) => formatMonth(iso, lc()),
  }
}
