import { availabilitySchema } from '#shared/schemas/mentor'
import type { AvailabilityView, MentorProfile, SlotResponse } from '#shared/types/mentor'
import type { AppLocale } from '#shared/i18n/messages'
import { translate } from '#shared/i18n/messages'
import { generateSlots } from '#shared/utils/slots'
import type { AvailabilitySettings } from '#shared/utils/slots'
import { addDays, hhmmToMinute, isCalendarDate, minuteToHhmm, zonedDate } from '#shared/utils/zoned-time'
import type { Ref } from 'vue'
import type { FieldErrors } from '../forms/useForm'

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const
// (one field a line: the auto-import scanner reads a one-line interface with a union as exports)
export interface RangeRow {
  key: number
  start: string
  end: string
}
export interface OverrideRow {
  key: number
  date: string
  kind: 'OFF' | 'EXTRA'
  start: string
  end: string
}

// 24:00 cannot be typed into a time input: the end of the day is entered as 00:00
const toHhmm = (m: number) => (m >= 1440 ? '00:00' : minuteToHhmm(m))
const startMinute = (s: string) => (/^\d{2}:\d{2}$/.test(s) ? hhmmToMinute(s) : Number.NaN)
const endMinute = (s: string) => (s === '00:00' ? 1440 : startMinute(s))
const num = (v: string | number) => (String(v).trim() === '' ? Number.NaN : Number(v))
const clamp = (v: number, min: number, max: number, fallback: number) => (Number.isInteger(v) && v >= min && v <= max ? v : fallback)
const byRule = (x: { weekday: number, startMinute: number }, y: { weekday: number, startMinute: number }) => x.weekday - y.weekday || x.startMinute - y.startMinute
const byDate = <T extends { date: string }>(l: T[]) => [...l].sort((x, y) => x.date.localeCompare(y.date))

type Comparable = Omit<AvailabilitySettings, 'overrides'> & { acceptsAdvisees: boolean, overrides: { date: string, kind: 'OFF' | 'EXTRA', startMinute?: number | null, endMinute?: number | null }[] }

/** Availability written the same way whatever its source (keys in one order, rows sorted), to tell unsaved changes. */
function canonical(a: Comparable) {
  return JSON.stringify({
    sessionMinutes: a.sessionMinutes,
    bufferMinutes: a.bufferMinutes,
    noticeHours: a.noticeHours,
    horizonDays: a.horizonDays,
    weeklyCap: a.weeklyCap,
    paused: a.paused,
    acceptsAdvisees: a.acceptsAdvisees,
    rules: a.rules.map(r => ({ weekday: r.weekday, startMinute: r.startMinute, endMinute: r.endMinute })).sort(byRule),
    overrides: byDate(a.overrides.map(o => (o.kind === 'OFF' ? { date: o.date, kind: o.kind } : { date: o.date, kind: o.kind, startMinute: o.startMinute, endMinute: o.endMinute }))),
  })
}

/** The mentor's saved availability (null without a mentor profile). */
export function useMentorAvailability(profile: () => MentorProfile | null) {
  const api = useApi()
  return useAsyncData('mentor-availability', () => (profile() ? api<AvailabilityView>('/api/mentor/availability') : Promise.resolve(null)))
}

/**
 * The availability editor: weekly hours, date overrides and booking settings as typed, what they
 * would give as an API body, whether they differ from what is saved, saving them, and a preview
 * of the next seven days (from the unsaved settings, or the real free slots once approved).
 * Times are Beijing time whatever the browser's zone. The page's parts share this one state;
 * the page reads the profile and the saved availability first.
 */
export function useAvailabilityEditor(profile: Readonly<Ref<MentorProfile | null>>, saved: Ref<AvailabilityView | null | undefined>) {
  const { t, locale } = useI18n()
  const api = useApi()
  const readSlots = useSlotReader()

  let nextKey = 1
  const week = reactive<Record<number, RangeRow[]>>({ 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] })
  const overrides = ref<OverrideRow[]>([])
  const settings = reactive({ sessionMinutes: 60, bufferMinutes: '15', noticeHours: '12', horizonDays: '30', weeklyCap: '5', paused: false, acceptsAdvisees: true })
  const savedJson = ref('')

  function fill(a: AvailabilityView) {
    for (const wd of WEEKDAYS) {
      week[wd] = a.rules.filter(r => r.weekday === wd).sort((x, y) => x.startMinute - y.startMinute)
        .map(r => ({ key: nextKey++, start: toHhmm(r.startMinute), end: toHhmm(r.endMinute) }))
    }
    overrides.value = byDate(a.overrides).map(o => ({
      key: nextKey++, date: o.date, kind: o.kind,
      start: o.kind === 'EXTRA' && o.startMinute != null ? toHhmm(o.startMinute) : '09:00',
      end: o.kind === 'EXTRA' && o.endMinute != null ? toHhmm(o.endMinute) : '12:00',
    }))
    settings.sessionMinutes = a.sessionMinutes
    settings.bufferMinutes = String(a.bufferMinutes)
    settings.noticeHours = String(a.noticeHours)
    settings.horizonDays = String(a.horizonDays)
    settings.weeklyCap = String(a.weeklyCap)
    settings.paused = a.paused
    settings.acceptsAdvisees = a.acceptsAdvisees
    savedJson.value = canonical(a)
  }
  if (saved.value) fill(saved.value)

  /** The form as the API body, with where each rule came from (schema paths use the array index). */
  const built = computed(() => {
    const ruleRows: RangeRow[] = []
    const rules = WEEKDAYS.flatMap(wd => week[wd]!.map((r) => {
      ruleRows.push(r)
      return { weekday: wd, startMinute: startMinute(r.start), endMinute: endMinute(r.end) }
    }))
    const body = {
      sessionMinutes: settings.sessionMinutes,
      bufferMinutes: num(settings.bufferMinutes),
      noticeHours: num(settings.noticeHours),
      horizonDays: num(settings.horizonDays),
      weeklyCap: num(settings.weeklyCap),
      paused: settings.paused,
      acceptsAdvisees: settings.acceptsAdvisees,
      rules,
      overrides: overrides.value.map(o => (o.kind === 'OFF'
        ? { date: o.date, kind: 'OFF' as const }
        : { date: o.date, kind: 'EXTRA' as const, startMinute: startMinute(o.start), endMinute: endMinute(o.end) })),
    }
    return { body, ruleRows }
  })
  const dirty = computed(() => !!savedJson.value && canonical(built.value.body) !== savedJson.value)

  // ---- editing: new rows get focus, removed rows hand it to their "add" button

  const copied = ref('')
  function focusLater(id: string) {
    nextTick(() => document.getElementById(id)?.focus())
  }
  function addRange(wd: number) {
    const rows = week[wd]!
    const last = rows.at(-1)
    const from = last ? Math.min(endMinute(last.end) || 0, 23 * 60) : 9 * 60
    const to = Math.min(from + 3 * 60, 1440)
    const row = { key: nextKey++, start: toHhmm(from), end: toHhmm(to > from ? to : 1440) }
    rows.push(row)
    focusLater(`rule-${row.key}-start`)
  }
  function removeRange(wd: number, index: number) {
    week[wd]!.splice(index, 1)
    focusLater(`add-${wd}`)
  }
  function copyMonday() {
    const src = week[1]!
    for (const wd of [2, 3, 4, 5]) week[wd] = src.map(r => ({ key: nextKey++, start: r.start, end: r.end }))
    copied.value = t('desk.avail.copied')
  }
  function addOverride() {
    const base = now.value ? zonedDate(now.value) : overrides.value.at(-1)?.date
    const row: OverrideRow = { key: nextKey++, date: base ? addDays(base, 1) : '', kind: 'OFF', start: '09:00', end: '12:00' }
    overrides.value.push(row)
    focusLater(`ov-${row.key}-date`)
  }
  function removeOverride(index: number) {
    overrides.value.splice(index, 1)
    focusLater('add-override')
  }

  // ---- saving

  /** Problems the union in the schema reports only as "invalid": say which part is wrong. */
  function overrideProblems(): FieldErrors {
    const out: FieldErrors = {}
    const msg = (k: 'validation.required' | 'validation.invalid' | 'validation.timeRange') => translate(locale.value as AppLocale, k)
    overrides.value.forEach((o, i) => {
      if (!o.date) out[`overrides.${i}.date`] = msg('validation.required')
      else if (!isCalendarDate(o.date)) out[`overrides.${i}.date`] = msg('validation.invalid')
      if (o.kind !== 'EXTRA') return
      const s = startMinute(o.start)
      const e = endMinute(o.end)
      if (Number.isNaN(s)) out[`overrides.${i}.startMinute`] = msg('validation.invalid')
      else if (Number.isNaN(e)) out[`overrides.${i}.endMinute`] = msg('validation.invalid')
      else if (e <= s) out[`overrides.${i}.endMinute`] = msg('validation.timeRange')
    })
    return out
  }
  const notice = ref('')
  const form = useForm(availabilitySchema, {
    value: () => built.value.body,
    refine(_, problems) {
      const extra = overrideProblems()
      // the detailed message replaces the union's generic one for the same row
      const generic = Object.entries(problems).filter(([k]) => !(/^overrides\.\d+$/.test(k) && Object.keys(extra).some(e => e.startsWith(`${k}.`))))
      return { ...Object.fromEntries(generic), ...extra }
    },
    async submit(input) {
      const res = await api<AvailabilityView>('/api/mentor/availability', { method: 'PUT', body: input })
      saved.value = res
      fill(res)
      notice.value = t('desk.avail.saved')
      await loadReal()
    },
  })
  function save() {
    notice.value = ''
    copied.value = ''
    form.submit()
  }

  // ---- errors: schema paths (rules.3.endMinute) back to the row that was typed

  function ruleError(row: RangeRow, part: 'startMinute' | 'endMinute') {
    const i = built.value.ruleRows.indexOf(row)
    return i < 0 ? '' : form.error(`rules.${i}.${part}`) || (part === 'startMinute' ? form.error(`rules.${i}`) : '')
  }
  const rowError = (row: RangeRow) => [...new Set([ruleError(row, 'startMinute'), ruleError(row, 'endMinute')].filter(Boolean))].join(' ')
  const overrideError = (index: number, part: 'date' | 'startMinute' | 'endMinute') =>
    form.error(`overrides.${index}.${part}`) || (part === 'date' ? form.error(`overrides.${index}`) : '')

  // ---- preview: the next seven days, from the form as typed or (approved mentors) as booked

  const now = ref<Date | null>(null)
  const previewFrom = computed(() => (now.value ? zonedDate(now.value) : ''))
  const previewTo = computed(() => (previewFrom.value ? addDays(previewFrom.value, 6) : ''))
  const draftSlots = computed(() => {
    if (!now.value) return []
    const b = built.value.body
    const ok = (s: number, e: number) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e <= 1440 && e > s
    const draft: AvailabilitySettings = {
      sessionMinutes: b.sessionMinutes,
      bufferMinutes: clamp(b.bufferMinutes, 0, 120, 0),
      noticeHours: clamp(b.noticeHours, 0, 168, 12),
      horizonDays: clamp(b.horizonDays, 1, 90, 30),
      weeklyCap: clamp(b.weeklyCap, 1, 40, 40),
      paused: b.paused,
      rules: b.rules.filter(r => ok(r.startMinute, r.endMinute)),
      overrides: b.overrides.filter(o => isCalendarDate(o.date) && (o.kind === 'OFF' || ok(o.startMinute, o.endMinute))),
    }
    return generateSlots({ settings: draft, held: [], counted: [], from: previewFrom.value, to: previewTo.value, now: now.value })
  })
  const view = ref<'draft' | 'real'>('draft')
  const realSlots = ref<SlotResponse['slots'] | null>(null)
  const realError = ref('')
  async function loadReal() {
    if (profile.value?.status !== 'APPROVED' || !previewFrom.value) return
    realError.value = ''
    try {
      realSlots.value = await readSlots(profile.value.id, previewFrom.value, previewTo.value)
    }
    catch (error) {
      realError.value = apiError(error).message || t('desk.avail.realFailed')
    }
  }
  const shownSlots = computed(() => (view.value === 'real' ? realSlots.value ?? [] : draftSlots.value))
  // a short, calm summary for screen readers, once typing settles
  const summary = computed(() => t('desk.preview.summary', { n: shownSlots.value.length }, shownSlots.value.length))
  const announced = ref('')
  let timer: ReturnType<typeof setTimeout> | undefined
  watch(summary, (s) => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      announced.value = s
    }, 800)
  })
  // the preview starts once in the browser: "now" is the visitor's moment, not the server's
  function start() {
    now.value = new Date()
    loadReal()
  }
  const stop = () => clearTimeout(timer)

  return {
    profile,
    week, overrides, settings, dirty, copied,
    addRange, removeRange, copyMonday, addOverride, removeOverride,
    form, notice, save, ruleError, rowError, overrideError,
    now, previewFrom, view, shownSlots, summary, announced, realError, start, stop,
  }
}

export type AvailabilityEditor = ReturnType<typeof useAvailabilityEditor>
