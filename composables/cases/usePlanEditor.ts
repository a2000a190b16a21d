import type { AppLocale } from '#shared/i18n/messages'
import { issueMessage } from '#shared/i18n/messages'
import type { BusinessPlan } from '#shared/schemas/plan'
import { businessPlanSchema } from '#shared/schemas/plan'
import type { PlanView } from '#shared/types/case'
import { computePlan } from '#shared/utils/plan'
import { savablePart } from '#shared/utils/plan-draft'

/**
 * The business plan editor's state (方案设计): the draft as typed, its financials computed on every
 * change by the shared pure module (the same one the server and the PDF use), and saving.
 *
 * Nothing typed is lost: every change is kept in this browser (localStorage) at once and saved by
 * itself a moment later on top of the revision it was loaded as. While a field breaks a rule, the
 * rest is saved without it (the field keeps its saved value on the server, and what was typed stays
 * here with its message), so that another device sees every edit that is right. A failed save keeps the edits and
 * retries, saying so; a plan saved elsewhere meanwhile (409 `plan_conflict`) waits for the person's
 * choice — take the other save, or keep these edits and save them over it — never a silent overwrite.
 */
export type PlanSaveState = 'saved' | 'pending' | 'saving' | 'failed' | 'invalid' | 'conflict'

const AUTOSAVE_MS = 1200
const RETRY_MS = [2000, 5000, 10_000, 30_000]

/** Text typed into an amount or number field that cannot be read, and the key of its message. */
export interface Unreadable { text: string, key: string, params?: Record<string, string | number> }

interface Stored { base: number, plan: BusinessPlan, prefilled: string[], unreadable?: Record<string, Unreadable> }

/** The plan of a case as the server has it (draft, versions, comments, financials); null when not visible. */
export function usePlan(caseId: string) {
  const api = useApi()
  return useAsyncData(`case-plan-${caseId}`, () => api<PlanView>(`/api/cases/${encodeURIComponent(caseId)}/plan`).catch(() => null))
}

export function usePlanEditor(caseId: string) {
  const api = useApi()
  const { locale, t } = useI18n()
  const path = `/api/cases/${encodeURIComponent(caseId)}/plan`
  const storageKey = `starthub:plan:${caseId}`
  const read = usePlan(caseId)

  const draft = ref<BusinessPlan | null>(null)
  const prefilled = ref<string[]>([])
  const revision = ref(0)
  const state = ref<PlanSaveState>('saved')
  /** problems that keep the draft from saving: field path → message */
  const problems = ref<Record<string, string>>({})
  /** while there are problems: whether everything else is saved */
  const restSaved = ref(false)
  /**
   * Amounts and numbers typed that cannot be read ("-5", "abc"), by field (the path its id names):
   * kept as typed here and in this browser's copy, listed with the problems, never sent; the field
   * keeps its last value meanwhile. The fields report them (CasePlanCell, CasePlanMoneyField).
   */
  const unreadable = ref<Record<string, Unreadable>>({})
  function setUnreadable(field: string, value: Unreadable | null) {
    const next = { ...unreadable.value }
    if (value) next[field] = value
    else Reflect.deleteProperty(next, field)
    if (JSON.stringify(next) !== JSON.stringify(unreadable.value)) unreadable.value = next
  }
  const retryInSeconds = ref(0)
  const restored = ref(false)
  const savedAt = ref<string | null>(null)

  const context = computed(() => read.data.value?.context ?? {})
  const financials = computed(() => (draft.value ? computePlan(draft.value, context.value) : null))

  let applying = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let retryTimer: ReturnType<typeof setInterval> | undefined
  let attempt = 0
  let inFlight: Promise<void> | null = null

  const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T
  function apply(view: PlanView) {
    applying = true
    draft.value = clone(view.plan)
    prefilled.value = [...view.prefilled]
    revision.value = view.revision
    nextTick(() => {
      applying = false
    })
  }
  const stored = (): Stored | null => {
    try {
      const raw = localStorage.getItem(storageKey)
      return raw ? JSON.parse(raw) as Stored : null
    }
    catch {
      return null
    }
  }
  const keep = () => {
    if (!draft.value) return
    try {
      localStorage.setItem(storageKey, JSON.stringify({ base: revision.value, plan: draft.value, prefilled: prefilled.value, unreadable: unreadable.value } satisfies Stored))
    }
    catch { /* storage full or off: the save still runs */ }
  }
  const forget = () => {
    try {
      localStorage.removeItem(storageKey)
    }
    catch { /* nothing kept */ }
  }

  if (read.data.value) apply(read.data.value)
  watch(read.data, (v) => {
    if (v && !draft.value) apply(v)
  })

  /** On the page: edits kept from an earlier visit that never reached the server come back. */
  onMounted(() => {
    const view = read.data.value
    const mine = stored()
    if (!view || !mine || !view.editable) return
    if (JSON.stringify(mine.plan) === JSON.stringify(view.plan) && !Object.keys(mine.unreadable ?? {}).length) return forget()
    restored.value = true
    applying = true
    draft.value = mine.plan
    prefilled.value = mine.prefilled
    unreadable.value = mine.unreadable ?? {}
    nextTick(() => {
      applying = false
    })
    if (mine.base === view.revision) schedule(0)
    else state.value = 'conflict'
  })
  onBeforeUnmount(() => {
    clearTimeout(timer)
    clearInterval(retryTimer)
  })

  watch([draft, prefilled, unreadable], () => {
    if (applying || !read.data.value?.editable) return
    keep()
    if (state.value === 'conflict') return
    state.value = 'pending'
    schedule(AUTOSAVE_MS)
  }, { deep: true })

  function schedule(ms: number) {
    clearTimeout(timer)
    timer = setTimeout(() => {
      void save()
    }, ms)
  }

  function retryLater() {
    const wait = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]!
    attempt += 1
    retryInSeconds.value = Math.round(wait / 1000)
    clearInterval(retryTimer)
    retryTimer = setInterval(() => {
      retryInSeconds.value -= 1
      if (retryInSeconds.value <= 0) {
        clearInterval(retryTimer)
        void save()
      }
    }, 1000)
  }

  /** Saves the draft now (the autosave calls it; submitting waits for it). */
  async function save(): Promise<void> {
    if (inFlight) {
      await inFlight
      if (state.value !== 'pending') return
    }
    if (!draft.value || state.value === 'conflict') return
    clearTimeout(timer)
    let parsed = businessPlanSchema.safeParse(draft.value)
    const unread = Object.entries(unreadable.value).map(([field, u]) => [field, t(u.key, u.params ?? {})] as const)
    let partial = unread.length > 0
    if (partial) problems.value = Object.fromEntries(unread)
    if (!parsed.success) {
      const found: Record<string, string> = Object.fromEntries(unread)
      for (const issue of parsed.error.issues) found[issue.path.join('.')] ??= issueMessage(locale.value as AppLocale, issue as Parameters<typeof issueMessage>[1])
      problems.value = found
      // the rest is saved without the fields that break a rule, if it passes on its own
      const saved = read.data.value?.plan
      const rest = saved ? businessPlanSchema.safeParse(savablePart(draft.value, saved, parsed.error.issues.map(i => i.path))) : null
      if (!rest?.success || JSON.stringify(rest.data) === JSON.stringify(saved)) {
        restSaved.value = Boolean(rest?.success)
        state.value = 'invalid'
        return
      }
      parsed = rest
      partial = true
    }
    else if (!partial) {
      problems.value = {}
      restSaved.value = false
    }
    else if (JSON.stringify(parsed.data) === JSON.stringify(read.data.value?.plan)) {
      // only unreadable text is new: nothing to send
      restSaved.value = true
      state.value = 'invalid'
      return
    }
    const sent = JSON.stringify(draft.value) + JSON.stringify(unreadable.value)
    const sentPrefilled = [...prefilled.value]
    state.value = 'saving'
    inFlight = (async () => {
      try {
        const view = await api<PlanView>(path, { method: 'PUT', body: { baseVersion: revision.value, plan: parsed.data, prefilled: sentPrefilled } })
        attempt = 0
        revision.value = view.revision
        read.data.value = view
        savedAt.value = new Date().toISOString()
        if (partial) {
          // what was typed into the fields with problems stays in this browser, with their messages
          restSaved.value = true
          state.value = JSON.stringify(draft.value) + JSON.stringify(unreadable.value) === sent ? 'invalid' : 'pending'
          if (state.value === 'pending') schedule(AUTOSAVE_MS)
        }
        else if (JSON.stringify(draft.value) + JSON.stringify(unreadable.value) === sent) {
          forget()
          state.value = 'saved'
        }
        else {
          state.value = 'pending'
          schedule(AUTOSAVE_MS)
        }
      }
      catch (error) {
        const body = apiError(error)
        if (body.code === 'plan_conflict') state.value = 'conflict'
        else if (body.code === 'validation' && body.fields) {
          problems.value = body.fields
          state.value = 'invalid'
        }
        else {
          state.value = 'failed'
          retryLater()
        }
      }
    })()
    await inFlight
    inFlight = null
  }

  /** The conflict: take what was saved elsewhere (these edits are dropped). */
  async function takeTheirs() {
    const view = await api<PlanView>(path)
    read.data.value = view
    apply(view)
    unreadable.value = {}
    forget()
    state.value = 'saved'
    restored.value = false
  }

  /** The conflict: keep these edits and save them over the other save (re-based on its revision). */
  async function keepMine() {
    const view = await api<PlanView>(path)
    revision.value = view.revision
    read.data.value = view
    state.value = 'pending'
    await save()
  }

  /** Submitting for the adviser's review freezes a version (after the draft is saved). */
  async function submitVersion(): Promise<number> {
    await save()
    if (state.value !== 'saved') throw new Error('not_saved')
    const created = await api<{ number: number }>(`${path}/versions`, { method: 'POST' })
    const view = await api<PlanView>(path)
    read.data.value = view
    return created.number
  }

  /** A prefilled value the person confirmed (or changed) is no longer marked. */
  function confirm(...paths: string[]) {
    if (paths.some(p => prefilled.value.includes(p))) prefilled.value = prefilled.value.filter(p => !paths.includes(p))
  }

  async function refreshMeta() {
    const view = await api<PlanView>(path)
    read.data.value = view
  }

  return { read, draft, prefilled, revision, state, problems, restSaved, unreadable, setUnreadable, retryInSeconds, restored, savedAt, financials, save, takeTheirs, keepMine, submitVersion, confirm, refreshMeta }
}
