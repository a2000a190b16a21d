import type { BookingStatusCode } from '#shared/utils/bookings'
import type { MentorLanguageCode, MentorTypeCode, SessionModeCode } from '#shared/utils/mentors'
import type { ServiceStageCode } from '#shared/utils/stages'

/**
 * Display names for the mentor and booking codes (from the locale files, the same names the
 * mails use), industry and city names, and times (always Beijing time, see useFormat).
 */
export async function useMentorLabels() {
  // composables that need the component first, before the await
  const { t } = useI18n()
  const f = useFormat()
  const { categories, categoryName, cityName } = await useProjectLabels()

  const typeName = (c: MentorTypeCode) => t(`codes.mentorType.${c}`)
  const stageName = (c: ServiceStageCode) => t(`codes.stage.${c}`)
  const modeName = (c: SessionModeCode) => t(`codes.mode.${c}`)
  const languageName = (c: MentorLanguageCode) => t(`codes.language.${c}`)
  const statusName = (c: BookingStatusCode) => t(`codes.bookingStatus.${c}`)

  return {
    categories, categoryName, cityName, typeName, stageName, modeName, languageName, statusName,
    dayLabel: f.day, timeLabel: f.time, slotLabel: f.slot, sessionTime: f.session, dateTime: f.dateTime, date: f.date,
  }
}
