import type { Ref } from 'vue'
import { mentorProfileSchema } from '#shared/schemas/mentor'
import type { MentorProfileInput } from '#shared/schemas/mentor'
import type { MentorProfile } from '#shared/types/mentor'
import { PROVINCE_WIDE } from '#shared/utils/content-taxonomy'
import type { MentorLanguageCode, MentorTypeCode, SessionModeCode } from '#shared/utils/mentors'
import type { ServiceStageCode } from '#shared/utils/stages'

/**
 * The mentor application form, whose sections (about, expertise, meeting) share this state: the
 * profile as typed (from the saved one, or the account for a first application), checked with
 * the server's schema, and saved. The message says what happened: applied, saved, resubmitted.
 */
export function useMentorApplication(profile: Readonly<Ref<MentorProfile | null>>, save: (input: MentorProfileInput) => Promise<MentorProfile>) {
  const { t } = useI18n()
  const { user } = useAuth()
  const state = reactive({
    displayName: '',
    photoUrl: '',
    type: 'ENTREPRENEUR' as MentorTypeCode,
    title: '',
    organisation: '',
    bio: '',
    stages: [] as ServiceStageCode[],
    industries: [] as string[],
    cityCode: '',
    modes: [] as SessionModeCode[],
    place: '',
    meetingUrl: '',
    languages: ['zh'] as MentorLanguageCode[],
  })
  function fill(p: MentorProfile | null) {
    state.displayName = p?.displayName ?? user.value?.name ?? ''
    state.photoUrl = p?.photoUrl ?? ''
    state.type = p?.type ?? 'ENTREPRENEUR'
    state.title = p?.title ?? ''
    state.organisation = p?.organisation ?? ''
    state.bio = p?.bio ?? ''
    state.stages = [...(p?.stages ?? [])]
    state.industries = [...(p?.industries ?? [])]
    state.cityCode = p ? (p.city === PROVINCE_WIDE ? '' : p.city) : (user.value?.cityCode ?? '')
    state.modes = [...(p?.modes ?? ['ONLINE'])]
    state.place = p?.place ?? ''
    state.meetingUrl = p?.meetingUrl ?? ''
    state.languages = [...(p?.languages ?? ['zh'])]
  }
  fill(profile.value)

  const notice = ref('')
  const form = useForm(mentorProfileSchema, {
    value: () => ({ ...state, cityCode: state.cityCode || null }),
    async submit(input) {
      const before = profile.value?.status
      fill(await save(input))
      notice.value = !before ? t('desk.apply.submitted') : before === 'REJECTED' ? t('desk.profile.resubmitted') : t('desk.profile.saved')
    },
  })
  function submit() {
    notice.value = ''
    return form.submit()
  }
  return { state, form, notice, submit }
}

export type MentorApplicationForm = ReturnType<typeof useMentorApplication>
