import { BOOKING_STATUS_LABELS, MENTOR_LANGUAGE_LABELS, MENTOR_TYPE_LABELS, SERVICE_STAGE_LABELS, SESSION_MODE_LABELS, formatSessionTime } from '#shared/utils/mentors'
import type { BookingStatusCode, MentorLanguageCode, MentorTypeCode, ServiceStageCode, SessionModeCode } from '#shared/utils/mentors'
import { isoWeekday, wallClock, zonedDate, zonedTime } from '#shared/utils/zoned-time'

const ZH_WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日']
const EN_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * Display names for the mentor and booking codes (shared with the mails), industry and city names,
 * and times: every time is shown in Beijing time (Asia/Shanghai), whatever the browser's zone.
 */
export async function useMentorLabels() {
  const { locale } = useI18n()
  const { categories, categoryName, cityName } = await useProjectLabels()
  const lc = () => (locale.value === 'en' ? 'en' : 'zh-CN') as 'en' | 'zh-CN'

  const typeName = (c: MentorTypeCode) => MENTOR_TYPE_LABELS[c]?.[lc()] ?? c
  const stageName = (c: ServiceStageCode) => SERVICE_STAGE_LABELS[c]?.[lc()] ?? c
  const modeName = (c: SessionModeCode) => SESSION_MODE_LABELS[c]?.[lc()] ?? c
  const languageName = (c: MentorLanguageCode) => MENTOR_LANGUAGE_LABELS[c]?.[lc()] ?? c
  const statusName = (c: BookingStatusCode) => BOOKING_STATUS_LABELS[c]?.[lc()] ?? c

  /** The calendar day (Beijing) of an instant: "12月1日 周二" / "Tue 1 Dec". */
  const dayLabel = (iso: string) => {
    const d = new Date(iso)
    const w = wallClock(d)
    const wd = isoWeekday(zonedDate(d)) - 1
    return lc() === 'en' ? `${EN_WEEKDAYS[wd]} ${w.day} ${EN_MONTHS[w.month - 1]}` : `${w.month}月${w.day}日 ${ZH_WEEKDAYS[wd]}`
  }
  /** "09:00" in Beijing time. */
  const timeLabel = (iso: string) => zonedTime(new Date(iso))
  /** "12月1日 周二 09:00" / "Tue 1 Dec, 09:00" (without the zone: add tzNote). */
  const slotLabel = (iso: string) => (lc() === 'en' ? `${dayLabel(iso)}, ${timeLabel(iso)}` : `${dayLabel(iso)} ${timeLabel(iso)}`)
  /** A session with its zone: "2026年12月1日 周二 10:00–11:00（北京时间）". */
  const sessionTime = (startsAt: string, endsAt: string) => formatSessionTime(new Date(startsAt), new Date(endsAt), lc())
  /** A moment with date and time, in Beijing time (for deadlines, created dates). */
  const dateTime = (iso: string) => `${new Date(iso).toLocaleDateString(lc() === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'short', day: 'numeric' })} ${timeLabel(iso)}`
  const date = (iso: string) => new Date(iso).toLocaleDateString(lc() === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'short', day: 'numeric' })

  return { categories, categoryName, cityName, typeName, stageName, modeName, languageName, statusName, dayLabel, timeLabel, slotLabel, sessionTime, dateTime, date }
}
