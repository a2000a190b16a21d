import type { AppLocale, Bilingual } from '../i18n/messages'
import { OPENING_CHECKLIST, OPENING_PLACES } from '../data/opening-checklist'
import type { LegalFormCode } from './cases'

/**
 * 开业指导 — the opening checklist of a one-stop case: which registrations and permits a
 * business needs, in which order, and where the person stands with each.
 *
 * The items are data (shared/data/opening-checklist.ts, reviewed content that the server
 * renders); this module holds their shape, the code lists and the rules:
 * - An item applies when its legal-form table and (for category permits) its category table say
 *   so; it is REQUIRED, CONDITIONAL (required when its condition holds; the person marks it
 *   NOT_NEEDED with a reason otherwise) or OPTIONAL. Combining a form and a category, the less
 *   binding need wins (a required permit for a category where it is conditional is conditional).
 * - An item whose prerequisites (`requires`) are not all DONE or NOT_NEEDED cannot start yet
 *   (GOV.UK "Cannot start yet"); it says which prerequisite it waits for. A person's own status
 *   (in progress, done) is never overridden: it is shown as they said, with what it waits for.
 * - The stage is complete when every REQUIRED and CONDITIONAL item is DONE or NOT_NEEDED;
 *   OPTIONAL items never hold it up.
 * Pages get generated items from the API; checklistState needs no catalogue (importing only it
 * does not bundle the data).
 */

export const OPENING_CATEGORIES = [
  'food-snacks', 'agri-ecommerce', 'rural-tourism', 'ice-snow-tourism', 'ginseng-forest', 'specialty-farming',
  'korean-food', 'housekeeping', 'elderly-childcare', 'community-retail', 'auto-services', 'crafts', 'education-training',
] as const
export type OpeningCategoryCode = (typeof OPENING_CATEGORIES)[number]

export const CHECKLIST_ITEM_CODES = [
  // every business
  'BUSINESS_LICENCE', 'SEAL', 'TAX_REGISTRATION', 'INVOICES', 'BANK_ACCOUNT', 'SOCIAL_INSURANCE', 'MEDICAL_INSURANCE', 'HOUSING_FUND',
  // by category
  'HEALTH_CERTIFICATES', 'FOOD_BUSINESS_PERMIT', 'FOOD_PREPACKAGED_FILING', 'FOOD_PRODUCTION_PERMIT', 'ENVIRONMENTAL_REGISTRATION',
  'DRAINAGE_PERMIT', 'FIRE_SAFETY_CHECK', 'PUBLIC_HYGIENE_PERMIT', 'HOTEL_SPECIAL_TRADE_PERMIT', 'TRAVEL_AGENCY_PERMIT',
  'ROAD_TRANSPORT_PERMIT', 'TOBACCO_RETAIL_LICENCE', 'OUTDOOR_SIGN', 'AUTO_REPAIR_FILING', 'ANIMAL_EPIDEMIC_CERTIFICATE',
  'WILDLIFE_BREEDING_PERMIT', 'CHILDCARE_FILING', 'ELDERLY_CARE_FILING', 'TRAINING_SCHOOL_PERMIT',
] as const
export type ChecklistItemCode = (typeof CHECKLIST_ITEM_CODES)[number]

/** What the person records for an item (names: cases.checklistStatus). */
export const CHECKLIST_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'NOT_NEEDED'] as const
export type ChecklistStatusCode = (typeof CHECKLIST_STATUSES)[number]
/** What the task list shows: the recorded status, or CANNOT_START while a prerequisite is open. */
export type ChecklistEffectiveStatus = ChecklistStatusCode | 'CANNOT_START'

export const CHECKLIST_NEEDS = ['REQUIRED', 'CONDITIONAL', 'OPTIONAL'] as const
export type ChecklistNeed = (typeof CHECKLIST_NEEDS)[number]

export type BilingualList = Record<AppLocale, readonly string[]>

export interface ChecklistLink {
  label: Bilingual
  url: string
  /** false: the address was not checked against the live site (sample) */
  verified: boolean
}

export interface ChecklistFee {
  /** integer fen; 0: free; null: it varies (see the note) */
  fen: number | null
  note?: Bilingual
}

/** How an item applies to a category: its need, and the condition for a conditional one. */
export interface ChecklistCategoryRule { need: ChecklistNeed, condition?: Bilingual }

/** One entry of the data file. `{place}` in texts is the case's city (or "所在地" / "your area"). */
export interface ChecklistDefinition {
  code: ChecklistItemCode
  /** short, starts with a verb where it can (GOV.UK task list) */
  title: Bilingual
  /** one sentence without links */
  hint: Bilingual
  issuer: Bilingual
  bring: BilingualList
  /** typical working days once the papers are complete (0: on the spot) */
  typicalWorkingDays: number
  /** the legal time limit, in working days, where one is known */
  legalLimitDays?: number
  fee: ChecklistFee
  links: readonly ChecklistLink[]
  /** items that must be DONE (or NOT_NEEDED) first */
  requires: readonly ChecklistItemCode[]
  /** a different list for some legal forms */
  requiresByForm?: Partial<Record<LegalFormCode, readonly ChecklistItemCode[]>>
  /** items this one must come before (added to their `requires` when both apply), e.g. a prior approval */
  precedes?: readonly ChecklistItemCode[]
  /** null: does not apply to that legal form */
  forms: Record<LegalFormCode, ChecklistNeed | null>
  /** for category permits: the categories it applies to; absent: every category */
  categories?: Partial<Record<OpeningCategoryCode, ChecklistCategoryRule>>
  /** the condition of a conditional item when the category gives none */
  condition?: Bilingual
  /** a note for some cities (e.g. bilingual signs in 延边) */
  cityNotes?: Partial<Record<string, Bilingual>>
  /** the law or document it rests on */
  basis?: string
  /** true: facts (days, fees, issuer, links) not verified against an official source; shown as sample */
  sample: boolean
  /** for reviewers: what to check */
  verify?: string
}

/** A city's name as offices are named: 长春市, 长春市九台区, 延边朝鲜族自治州. */
export interface OpeningPlace { zh: string, en: string }

export interface ChecklistItem {
  code: ChecklistItemCode
  need: ChecklistNeed
  title: Bilingual
  hint: Bilingual
  condition: Bilingual | null
  issuer: Bilingual
  bring: BilingualList
  typicalWorkingDays: number
  legalLimitDays: number | null
  fee: ChecklistFee
  links: readonly ChecklistLink[]
  /** prerequisites that are on this checklist */
  requires: ChecklistItemCode[]
  note: Bilingual | null
  basis: string | null
  sample: boolean
}

export interface ChecklistInput { legalForm: LegalFormCode, category: string, city: string | null }

const NEED_RANK: Record<ChecklistNeed, number> = { REQUIRED: 0, CONDITIONAL: 1, OPTIONAL: 2 }
const looser = (a: ChecklistNeed, b: ChecklistNeed): ChecklistNeed => (NEED_RANK[a] >= NEED_RANK[b] ? a : b)

const GENERIC_PLACE: OpeningPlace = { zh: '所在地', en: 'your area' }

function placed(text: Bilingual, place: OpeningPlace): Bilingual {
  return { 'zh-CN': text['zh-CN'].replaceAll('{place}', place.zh), 'en': text.en.replaceAll('{place}', place.en) }
}

function isOpeningCategory(c: string): c is OpeningCategoryCode {
  return (OPENING_CATEGORIES as readonly string[]).includes(c)
}

/**
 * The checklist of a business of this legal form, category and city, in the order to work
 * through it (the data file's order, which puts every prerequisite first).
 */
export function generateChecklist(input: ChecklistInput, catalogue: readonly ChecklistDefinition[] = OPENING_CHECKLIST, places: Readonly<Record<string, OpeningPlace>> = OPENING_PLACES): ChecklistItem[] {
  const place = (input.city && places[input.city]) || GENERIC_PLACE
  const chosen: { def: ChecklistDefinition, need: ChecklistNeed, condition: Bilingual | null }[] = []
  for (const def of catalogue) {
    const formNeed = def.forms[input.legalForm]
    if (!formNeed) continue
    let need = formNeed
    let condition = def.condition ?? null
    if (def.categories) {
      const rule = isOpeningCategory(input.category) ? def.categories[input.category] : undefined
      if (!rule) continue
      need = looser(need, rule.need)
      condition = rule.condition ?? condition
    }
    chosen.push({ def, need, condition: need === 'CONDITIONAL' ? condition : null })
  }
  const present = new Set(chosen.map(c => c.def.code))
  const extra = new Map<ChecklistItemCode, ChecklistItemCode[]>()
  for (const { def } of chosen) {
    for (const later of def.precedes ?? []) extra.set(later, [...(extra.get(later) ?? []), def.code])
  }
  const items = chosen.map(({ def, need, condition }): ChecklistItem => {
    const base = def.requiresByForm?.[input.legalForm] ?? def.requires
    const requires = [...new Set([...base, ...(extra.get(def.code) ?? [])])].filter(c => present.has(c))
    const note = input.city ? def.cityNotes?.[input.city] ?? null : null
    return {
      code: def.code,
      need,
      title: def.title,
      hint: def.hint,
      condition: condition ? placed(condition, place) : null,
      issuer: placed(def.issuer, place),
      bring: def.bring,
      typicalWorkingDays: def.typicalWorkingDays,
      legalLimitDays: def.legalLimitDays ?? null,
      fee: def.fee,
      links: def.links,
      requires,
      note,
      basis: def.basis ?? null,
      sample: def.sample,
    }
  })
  return prerequisitesFirst(items)
}

/** The items in data order, except that an item never comes before one it requires (a prior approval moves up). */
function prerequisitesFirst(items: readonly ChecklistItem[]): ChecklistItem[] {
  const out: ChecklistItem[] = []
  const placedCodes = new Set<ChecklistItemCode>()
  const left = [...items]
  while (left.length) {
    // a cycle in the data would leave nothing ready: keep data order for the rest rather than loop
    const i = Math.max(0, left.findIndex(it => it.requires.every(r => placedCodes.has(r))))
    const [next] = left.splice(i, 1)
    out.push(next!)
    placedCodes.add(next!.code)
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Progress
// ---------------------------------------------------------------------------------------------

export interface ChecklistProgress {
  status: ChecklistStatusCode
  /** YYYY-MM-DD, for DONE */
  doneOn?: string | null
  /** why not needed, for NOT_NEEDED */
  reason?: string | null
}

export interface ChecklistItemState extends ChecklistItem {
  status: ChecklistEffectiveStatus
  /** the prerequisites not yet DONE or NOT_NEEDED */
  blockedBy: ChecklistItemCode[]
  /** "须先办好：营业执照" / "First: Get your business licence"; null when nothing is waited for */
  why: Bilingual | null
  doneOn: string | null
  reason: string | null
}

export interface ChecklistState {
  items: ChecklistItemState[]
  /** every REQUIRED and CONDITIONAL item DONE or NOT_NEEDED */
  complete: boolean
  /** REQUIRED and CONDITIONAL items settled (DONE or NOT_NEEDED), of `total` */
  settled: number
  total: number
}

const settledStatus = (s: ChecklistStatusCode | undefined) => s === 'DONE' || s === 'NOT_NEEDED'

/** Each item's effective status (with what it waits for) and whether the stage is complete. */
export function checklistState(items: readonly ChecklistItem[], progress: Readonly<Partial<Record<string, ChecklistProgress>>>): ChecklistState {
  const byCode = new Map(items.map(i => [i.code, i]))
  const states = items.map((item): ChecklistItemState => {
    const p = progress[item.code]
    const recorded = p?.status ?? 'NOT_STARTED'
    const blockedBy = item.requires.filter(r => byCode.has(r) && !settledStatus(progress[r]?.status))
    const titles = blockedBy.map(c => byCode.get(c)!.title)
    const why = blockedBy.length
      ? { 'zh-CN': `须先办好：${titles.map(t => t['zh-CN']).join('、')}`, 'en': `First: ${titles.map(t => t.en).join('; ')}` }
      : null
    return {
      ...item,
      status: recorded === 'NOT_STARTED' && blockedBy.length ? 'CANNOT_START' : recorded,
      blockedBy,
      why,
      doneOn: recorded === 'DONE' ? p?.doneOn ?? null : null,
      reason: recorded === 'NOT_NEEDED' ? p?.reason ?? null : null,
    }
  })
  const counted = states.filter(s => s.need !== 'OPTIONAL')
  const settled = counted.filter(s => s.status === 'DONE' || s.status === 'NOT_NEEDED').length
  return { items: states, complete: settled === counted.length, settled, total: counted.length }
}

// ---------------------------------------------------------------------------------------------
// 统一社会信用代码 (GB 32100-2015)
// ---------------------------------------------------------------------------------------------

/** The 31 characters of the code, in value order (no I, O, S, V, Z). */
const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
/** Weights of positions 1–17: 3^(i−1) mod 31. */
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** The check character (18th) for the first 17 characters, or null if one is not allowed. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CODE_CHARS.indexOf(first17[i]!)
    if (v < 0) return null
    sum += v * CREDIT_CODE_WEIGHTS[i]!
  }
  return CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31]!
}

/**
 * Whether a string is a well-formed 统一社会信用代码: 18 characters of the code's alphabet
 * (capital letters, as printed on the licence) whose last is the GB 32100-2015 check character.
 */
export function isValidCreditCode(code: string): boolean {
  return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code) && creditCodeCheckChar(code.slice(0, 17)) === code[17]
}

/**
 * The first two characters a market-regulation code has for a legal form: 9 (market
 * regulation) then 1 for enterprises (companies, sole-owner and partnership enterprises) or 2
 * for individual businesses (GB 32100-2015 appendix; sample: check against real licences).
 */
export const CREDIT_CODE_PREFIX: Record<LegalFormCode, string> = {
  INDIVIDUAL_BUSINESS: '92',
  SOLE_PROPRIETORSHIP: '91',
  PARTNERSHIP: '91',
  LIMITED_COMPANY: '91',
}
