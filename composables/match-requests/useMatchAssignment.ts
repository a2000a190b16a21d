import { matchAssignSchema } from '#shared/schemas/match-request'
import type { MatchRequestView } from '#shared/types/match-request'
import type { MentorListItem } from '#shared/types/mentor'
import type { ServiceStageCode } from '#shared/utils/stages'

/**
 * Staff matching one request: search the directory (starting from what the entrepreneur asked
 * for), choose a mentor from the results, add a note, assign. The search form, the results and
 * the assignment share this state.
 */
export function useMatchAssignment(
  request: MatchRequestView,
  assign: (id: string, body: { mentorId: string, note?: string }) => Promise<unknown>,
  assigned: (message: string) => void,
) {
  const { t } = useI18n()
  const findMentors = useMentorSearch()
  const search = reactive({ q: '', stage: request.stage as ServiceStageCode | '', industry: request.industry ?? '', city: request.city ?? '' })
  const results = ref<MentorListItem[] | null>(null)
  const total = ref(0)
  const searching = ref(false)
  const searchError = ref('')
  const chosen = ref('')
  const note = ref('')

  async function runSearch() {
    searching.value = true
    searchError.value = ''
    try {
      const res = await findMentors({ q: search.q || undefined, stage: search.stage || undefined, industry: search.industry || undefined, city: search.city || undefined })
      results.value = res.items
      total.value = res.total
      if (!res.items.some(m => m.id === chosen.value)) chosen.value = ''
    }
    catch (error) {
      searchError.value = apiError(error).message || t('staffDesk.failed')
      results.value = []
    }
    finally {
      searching.value = false
    }
  }

  const form = useForm(matchAssignSchema, {
    value: () => ({ mentorId: chosen.value, note: note.value.trim() || undefined }),
    refine: (_, problems) => (chosen.value ? problems : { ...problems, mentorId: t('staffDesk.matches.chooseFirst') }),
    async submit(input) {
      const mentor = results.value?.find(m => m.id === input.mentorId)
      await assign(request.id, { mentorId: input.mentorId, note: input.note ?? undefined })
      assigned(t('staffDesk.matches.assigned', { mentor: mentor?.displayName ?? '', name: request.entrepreneur.name }))
    },
    failed: error => (error.code === 'invalid_transition' ? t('staffDesk.matches.closed') : undefined),
  })
  /** the problem with the choice: none chosen, or (from the API) one who cannot be assigned */
  const choiceError = computed(() => (form.error('mentorId') && chosen.value ? t('staffDesk.matches.mentorInvalid') : form.error('mentorId')))

  return { search, results, total, searching, searchError, chosen, note, runSearch, form, choiceError }
}

export type MatchAssignment = ReturnType<typeof useMatchAssignment>
