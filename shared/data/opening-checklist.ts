import type { ChecklistDefinition, OpeningPlace } from '#shared/utils/opening-checklist'
import { EVERY_BUSINESS } from './opening-checklist/every-business'
import { FOOD } from './opening-checklist/food'
import { PREMISES } from './opening-checklist/premises'
import { TOURISM_TRANSPORT } from './opening-checklist/tourism-transport'
import { SHOPS_SERVICES } from './opening-checklist/shops-services'
import { FARMING } from './opening-checklist/farming'
import { CARE_EDUCATION } from './opening-checklist/care-education'

/**
 * 开业指导 — the opening checklist's content: registrations and permits, who issues them, what to
 * bring, typical working days, fees, links and order. shared/utils/opening-checklist.ts turns it
 * into a case's checklist (generateChecklist) and tracks progress (checklistState).
 *
 * REVIEW STATUS: SAMPLE CONTENT. Compiled on 2026-12-01 from the project's reference notes
 * (shared/docs/ONE-STOP.md: the opening steps, Jilin's e窗通 / 吉事办 and its 2018 target of
 * ≤ 3 working days — licence 2, seal 0.5, invoices 0.5 — and the permit examples) and from the
 * laws named in `basis`, without access to the official sites. Every item is marked `sample`
 * and says in `verify` what a reviewer must check; links are `verified: false`. Figures change by
 * place and year: a reviewer sets `sample: false` only after checking an item against the
 * official service guide (办事指南) on 吉事办 and notes the date here.
 *
 * Order matters: it is the order of the task list, and every prerequisite comes before the
 * items that need it.
 *
 * The items are kept by kind of business in shared/data/opening-checklist/ (every business, food,
 * premises, tourism and transport, shops and services, farming, care and education); this module
 * puts them together in that order. It stays a file beside the folder, so that
 * `#shared/data/opening-checklist` resolves alike for Nuxt and for the package.json import map.
 */

export const OPENING_CHECKLIST_META = {
  version: 1,
  compiledOn: '2026-12-01',
  reviewedOn: null as string | null,
  status: 'SAMPLE' as 'SAMPLE' | 'REVIEWED',
}

/** Offices are named after the city (or, for 九台, the district of 长春). Cities are data; these are their office names. */
export const OPENING_PLACES: Readonly<Record<string, OpeningPlace>> = {
  changchun: { zh: '长春市', en: 'Changchun' },
  jilin: { zh: '吉林市', en: 'Jilin City' },
  liaoyuan: { zh: '辽源市', en: 'Liaoyuan' },
  siping: { zh: '四平市', en: 'Siping' },
  tonghua: { zh: '通化市', en: 'Tonghua' },
  baishan: { zh: '白山市', en: 'Baishan' },
  songyuan: { zh: '松原市', en: 'Songyuan' },
  baicheng: { zh: '白城市', en: 'Baicheng' },
  yanbian: { zh: '延边朝鲜族自治州', en: 'Yanbian Korean Autonomous Prefecture' },
  changbaishan: { zh: '长白山保护开发区', en: 'the Changbai Mountain Protection and Development Zone' },
  jiutai: { zh: '长春市九台区', en: 'Jiutai District, Changchun' },
}

export const OPENING_CHECKLIST: readonly ChecklistDefinition[] = [
  ...EVERY_BUSINESS,
  ...FOOD,
  ...PREMISES,
  ...TOURISM_TRANSPORT,
  ...SHOPS_SERVICES,
  ...FARMING,
  ...CARE_EDUCATION,
]
