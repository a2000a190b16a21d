import type { MentorProfileInput } from '#shared/schemas/mentor'
import type { MentorProfile } from '#shared/types/mentor'

/**
 * The signed-in person's own mentor profile (null before they apply) with its vetting status,
 * and saving it: the first save applies, later ones edit (a rejected profile goes back to review).
 * The application and availability pages share it.
 */
export async function useMentorProfile() {
  const api = useApi()
  const read = useAsyncData('mentor-own-profile', () => api<{ profile: MentorProfile | null }>('/api/mentor/profile'), { dedupe: 'defer' })
  const profile = computed(() => read.data.value?.profile ?? null)
  const { data } = await read
  async function save(input: MentorProfileInput) {
    const res = await api<{ profile: MentorProfile }>('/api/mentor/profile', { method: profile.value ? 'PUT' : 'POST', body: input })
    data.value = { profile: res.profile }
    return res.profile
  }
  return { profile, save }
}
