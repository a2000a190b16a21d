import { describe, expect, it } from 'vitest'
import { OPENING_CHECKLIST, OPENING_CHECKLIST_META, OPENING_PLACES } from '../../shared/data/opening-checklist'
import { CITIES } from '../../scripts/db/seed-data'
import { PROJECT_CATEGORIES } from '../../scripts/db/project-generator'
import zhCases from '../../i18n/locales/zh-CN.cases.json'
import enCases from '../../i18n/locales/en.cases.json'
import { checklistItemUpdateSchema, openingSchema } from '#shared/schemas/opening'
import {
  CHECKLIST_ITEM_CODES, CHECKLIST_NEEDS, CHECKLIST_STATUSES, OPENING_CATEGORIES, checklistState, creditCodeCheckChar, generateChecklist, isValidCreditCode,
} from '#shared/utils/opening-checklist'
import type { ChecklistItem, ChecklistProgress } from '#shared/utils/opening-checklist'
import type { LegalFormCode } from '#shared/utils/cases'
import { LEGAL_FORMS } from '#shared/utils/cases'
import { addDays, zonedDate } from '#shared/utils/zoned-time'

const codes = (items: readonly ChecklistItem[]) => items.map(i => i.code)
const needs = (items: readonly ChecklistItem[]) => Object.fromEntries(items.map(i => [i.code, i.need]))
const item = (items: readonly ChecklistItem[], code: string) => items.find(i => i.code === code)!

describe('generating the checklist', () => {
  it('gives an individual business the licence, tax and the optional steps, and no housing fund', () => {
    const items = generateChecklist({ legalForm: 'INDIVIDUAL_BUSINESS', category: 'crafts', city: 'changchun' })
    expect(needs(items)).toEqual({
      BUSINESS_LICENCE: 'REQUIRED', SEAL: 'OPTIONAL', TAX_REGISTRATION: 'REQUIRED', INVOICES: 'OPTIONAL', BANK_ACCOUNT: 'OPTIONAL',
      SOCIAL_INSURANCE: 'CONDITIONAL', MEDICAL_INSURANCE: 'CONDITIONAL', OUTDOOR_SIGN: 'CONDITIONAL',
    })
    // without a seal of its own, the bank account waits only for the licence
    expect(item(items, 'BANK_ACCOUNT').requires).toEqual(['BUSINESS_LICENCE'])
    expect(item(items, 'SOCIAL_INSURANCE').condition?.['zh-CN']).toContain('雇人')
  })

  it('gives sole-owner and partnership enterprises seals, invoices, a bank account and social insurance, but no housing fund', () => {
    for (const legalForm of ['SOLE_PROPRIETORSHIP', 'PARTNERSHIP'] as const) {
      const items = generateChecklist({ legalForm, category: 'crafts', city: 'changchun' })
      expect(needs(items), legalForm).toEqual({
        BUSINESS_LICENCE: 'REQUIRED', SEAL: 'REQUIRED', TAX_REGISTRATION: 'REQUIRED', INVOICES: 'REQUIRED', BANK_ACCOUNT: 'REQUIRED',
        SOCIAL_INSURANCE: 'REQUIRED', MEDICAL_INSURANCE: 'REQUIRED', OUTDOOR_SIGN: 'CONDITIONAL',
      })
      expect(item(items, 'BANK_ACCOUNT').requires).toEqual(['BUSINESS_LICENCE', 'SEAL'])
    }
  })

  it('gives the housing fund to companies only, after the bank account', () => {
    const company = generateChecklist({ legalForm: 'LIMITED_COMPANY', category: 'crafts', city: 'changchun' })
    expect(codes(company)).toEqual(['BUSINESS_LICENCE', 'SEAL', 'TAX_REGISTRATION', 'INVOICES', 'BANK_ACCOUNT', 'SOCIAL_INSURANCE', 'MEDICAL_INSURANCE', 'HOUSING_FUND', 'OUTDOOR_SIGN'])
    expect(item(company, 'HOUSING_FUND')).toMatchObject({ need: 'REQUIRED', requires: ['BUSINESS_LICENCE', 'BANK_ACCOUNT'] })
    for (const legalForm of LEGAL_FORMS.filter(f => f !== 'LIMITED_COMPANY')) {
      for (const category of OPENING_CATEGORIES) expect(codes(generateChecklist({ legalForm, category, city: null }))).not.toContain('HOUSING_FUND')
    }
  })

  it('gives catering the food permit after the licence and health certificates, and no public-place hygiene permit', () => {
    const items = generateChecklist({ legalForm: 'INDIVIDUAL_BUSINESS', category: 'food-snacks', city: 'changchun' })
    expect(item(items, 'FOOD_BUSINESS_PERMIT')).toMatchObject({ need: 'REQUIRED', requires: ['BUSINESS_LICENCE', 'HEALTH_CERTIFICATES'] })
    expect(item(items, 'HEALTH_CERTIFICATES').need).toBe('REQUIRED')
    expect(needs(items)).toMatchObject({ ENVIRONMENTAL_REGISTRATION: 'CONDITIONAL', DRAINAGE_PERMIT: 'CONDITIONAL', FIRE_SAFETY_CHECK: 'CONDITIONAL' })
    expect(codes(items)).not.toContain('PUBLIC_HYGIENE_PERMIT')
    expect(codes(items)).not.toContain('TOBACCO_RETAIL_LICENCE')
  })

  it('gives farm stays the hygiene and hotel permits when they offer rooms, and corner shops the tobacco licence when they sell cigarettes', () => {
    const stay = generateChecklist({ legalForm: 'INDIVIDUAL_BUSINESS', category: 'rural-tourism', city: 'changbaishan' })
    expect(item(stay, 'PUBLIC_HYGIENE_PERMIT')).toMatchObject({ need: 'CONDITIONAL', condition: { 'zh-CN': '提供住宿（民宿、农家乐客房）的', 'en': 'If you offer rooms (guesthouse, farm stay)' } })
    expect(item(stay, 'HOTEL_SPECIAL_TRADE_PERMIT').need).toBe('CONDITIONAL')
    expect(codes(stay)).not.toContain('TRAVEL_AGENCY_PERMIT') // not for an individual business
    const shop = generateChecklist({ legalForm: 'INDIVIDUAL_BUSINESS', category: 'community-retail', city: 'siping' })
    expect(item(shop, 'TOBACCO_RETAIL_LICENCE').condition?.['zh-CN']).toBe('销售卷烟、雪茄烟的')
    expect(needs(shop)).toMatchObject({ FOOD_BUSINESS_PERMIT: 'CONDITIONAL', FOOD_PREPACKAGED_FILING: 'CONDITIONAL' })
  })

  it('names the offices after the city (九台 as a district of 长春), or the area when there is no city', () => {
    expect(item(generateChecklist({ legalForm: 'INDIVIDUAL_BUSINESS', category: 'crafts', city: 'changchun' }), 'BUSINESS_LICENCE').issuer['zh-CN']).toBe('长春市市场监督管理部门（登记机关）')
    expect(item(generateChecklist({ legalForm: 'INDIVIDUAL_BUSINESS', category: 'crafts', city: 'jiutai' }), 'TAX_REGISTRATION').issuer['zh-CN']).toBe('长春市九台区税务部门（国家税务总局所属税务局）')
    const anywhere = item(generateChecklist({ legalForm: 'INDIVIDUAL_BUSINESS', category: 'crafts', city: null }), 'BUSINESS_LICENCE')
    expect(anywhere.issuer).toEqual({ 'zh-CN': '所在地市场监督管理部门（登记机关）', 'en': 'Market regulation administration of your area (the registration authority)' })
  })

  it('links the licence to e窗通 and 吉事办, and tells 延边 that signs are bilingual', () => {
    const yanbian = generateChecklist({ legalForm: 'INDIVIDUAL_BUSINESS', category: 'korean-food', city: 'yanbian' })
    expect(item(yanbian, 'BUSINESS_LICENCE').links.map(l => l.label['zh-CN'])).toEqual([expect.stringContaining('e窗通'), expect.stringContaining('吉事办')])
    expect(item(yanbian, 'OUTDOOR_SIGN').note?.['zh-CN']).toContain('朝鲜文和汉文')
    expect(item(generateChecklist({ legalForm: 'INDIVIDUAL_BUSINESS', category: 'korean-food', city: 'jilin' }), 'OUTDOOR_SIGN').note).toBeNull()
  })

  it('moves a prior approval before the licence, which then waits for it', () => {
    const items = generateChecklist({ legalForm: 'LIMITED_COMPANY', category: 'education-training', city: 'tonghua' })
    expect(codes(items).slice(0, 2)).toEqual(['TRAINING_SCHOOL_PERMIT', 'BUSINESS_LICENCE'])
    expect(item(items, 'BUSINESS_LICENCE').requires).toEqual(['TRAINING_SCHOOL_PERMIT'])
    const state = checklistState(items, { TRAINING_SCHOOL_PERMIT: { status: 'NOT_NEEDED', reason: '只办成人书法兴趣班' } })
    expect(state.items.find(i => i.code === 'BUSINESS_LICENCE')!.status).toBe('NOT_STARTED')
  })

  it('gives a category it has no rules for the common items only', () => {
    expect(codes(generateChecklist({ legalForm: 'INDIVIDUAL_BUSINESS', category: 'space-tourism', city: 'changchun' })))
      .toEqual(['BUSINESS_LICENCE', 'SEAL', 'TAX_REGISTRATION', 'INVOICES', 'BANK_ACCOUNT', 'SOCIAL_INSURANCE', 'MEDICAL_INSURANCE'])
  })

  it('for every form, category and city: each prerequisite is on the list and comes first, texts are in both languages', () => {
    const problems: string[] = []
    for (const legalForm of LEGAL_FORMS) {
      for (const category of OPENING_CATEGORIES) {
        for (const city of [...Object.keys(OPENING_PLACES), null]) {
          const items = generateChecklist({ legalForm, category, city })
          const at = `${legalForm}/${category}/${city}`
          const seen = new Set<string>()
          for (const i of items) {
            for (const r of i.requires) if (!seen.has(r)) problems.push(`${at}: ${i.code} needs ${r} first`)
            if (seen.has(i.code)) problems.push(`${at}: ${i.code} twice`)
            seen.add(i.code)
            for (const t of [i.title, i.hint, i.issuer]) if (!t['zh-CN'] || !t.en || `${t['zh-CN']}${t.en}`.includes('{place}')) problems.push(`${at}: ${i.code} text`)
            if (i.bring['zh-CN'].length !== i.bring.en.length) problems.push(`${at}: ${i.code} bring`)
            if ((i.need === 'CONDITIONAL') !== (i.condition !== null)) problems.push(`${at}: ${i.code} condition`)
          }
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('the data covers every code once, the library\'s categories and cities, and is marked as sample content', () => {
    expect(OPENING_CHECKLIST.map(d => d.code).sort()).toEqual([...CHECKLIST_ITEM_CODES].sort())
    expect([...OPENING_CATEGORIES].sort()).toEqual(PROJECT_CATEGORIES.map(c => c.code).sort())
    expect(Object.keys(OPENING_PLACES).sort()).toEqual(CITIES.map(c => c.code).sort())
    expect(OPENING_CHECKLIST_META.status).toBe('SAMPLE')
    expect(OPENING_CHECKLIST.every(d => d.sample && d.links.every(l => !l.verified && /^https?:\/\//.test(l.url)))).toBe(true)
    expect(OPENING_CHECKLIST.every(d => d.fee.fen === null || (Number.isInteger(d.fee.fen) && d.fee.fen >= 0))).toBe(true)
  })
})

describe('checklist progress', () => {
  const catering = generateChecklist({ legalForm: 'INDIVIDUAL_BUSINESS', category: 'food-snacks', city: 'changchun' })
  const status = (progress: Record<string, ChecklistProgress>, code: string) => checklistState(catering, progress).items.find(i => i.code === code)!

  it('the food permit cannot start until the licence (and the health certificates) are done, and says so', () => {
    const start = status({}, 'FOOD_BUSINESS_PERMIT')
    expect(start).toMatchObject({ status: 'CANNOT_START', blockedBy: ['BUSINESS_LICENCE', 'HEALTH_CERTIFICATES'] })
    expect(start.why).toEqual({ 'zh-CN': '须先办好：办理营业执照、办理从业人员健康证明', 'en': 'First: Get your business licence; Get health certificates for your staff' })
    // the licence and the health certificates can start at once
    expect(status({}, 'BUSINESS_LICENCE').status).toBe('NOT_STARTED')
    expect(status({}, 'HEALTH_CERTIFICATES').status).toBe('NOT_STARTED')

    const licenceInProgress = { BUSINESS_LICENCE: { status: 'IN_PROGRESS' as const }, HEALTH_CERTIFICATES: { status: 'DONE' as const, doneOn: '2026-11-20' } }
    expect(status(licenceInProgress, 'FOOD_BUSINESS_PERMIT')).toMatchObject({ status: 'CANNOT_START', blockedBy: ['BUSINESS_LICENCE'] })
    const licenceDone = { ...licenceInProgress, BUSINESS_LICENCE: { status: 'DONE' as const, doneOn: '2026-11-25' } }
    expect(status(licenceDone, 'FOOD_BUSINESS_PERMIT')).toMatchObject({ status: 'NOT_STARTED', blockedBy: [], why: null })
  })

  it('keeps what the person said (in progress) and shows what it still waits for', () => {
    expect(status({ FOOD_BUSINESS_PERMIT: { status: 'IN_PROGRESS' } }, 'FOOD_BUSINESS_PERMIT')).toMatchObject({ status: 'IN_PROGRESS', blockedBy: ['BUSINESS_LICENCE', 'HEALTH_CERTIFICATES'] })
  })

  it('a prerequisite marked not needed no longer holds anything up', () => {
    const shop = generateChecklist({ legalForm: 'INDIVIDUAL_BUSINESS', category: 'community-retail', city: 'siping' })
    const s = checklistState(shop, { BUSINESS_LICENCE: { status: 'DONE', doneOn: '2026-11-02' }, HEALTH_CERTIFICATES: { status: 'NOT_NEEDED', reason: '只卖预包装食品' } })
    expect(s.items.find(i => i.code === 'FOOD_BUSINESS_PERMIT')!.status).toBe('NOT_STARTED')
    expect(s.items.find(i => i.code === 'HEALTH_CERTIFICATES')).toMatchObject({ status: 'NOT_NEEDED', reason: '只卖预包装食品', doneOn: null })
  })

  it('is complete when every required and conditional item is done or not needed; optional ones do not hold it up', () => {
    const progress: Record<string, ChecklistProgress> = {}
    for (const i of catering) if (i.need !== 'OPTIONAL') progress[i.code] = i.need === 'CONDITIONAL' ? { status: 'NOT_NEEDED', reason: '不涉及' } : { status: 'DONE', doneOn: '2026-11-30' }
    const done = checklistState(catering, progress)
    expect(done.complete).toBe(true)
    expect(done.settled).toBe(done.total)
    expect(done.items.filter(i => i.need === 'OPTIONAL').every(i => i.status === 'NOT_STARTED')).toBe(true)
    const { FIRE_SAFETY_CHECK: _, ...openFire } = progress
    const notYet = checklistState(catering, openFire)
    expect(notYet.complete).toBe(false)
    expect(notYet.settled).toBe(notYet.total - 1)
  })
})

describe('checklist item updates', () => {
  const today = zonedDate(new Date())

  it('refuses NOT_NEEDED without a reason, and takes it with one', () => {
    const r = checklistItemUpdateSchema.safeParse({ code: 'FIRE_SAFETY_CHECK', status: 'NOT_NEEDED' })
    expect(r.error?.issues.map(i => [i.path.join('.'), i.message])).toEqual([['reason', 'validation.reasonRequired']])
    expect(checklistItemUpdateSchema.parse({ code: 'FIRE_SAFETY_CHECK', status: 'NOT_NEEDED', reason: '店面 20 平方米，只做外卖', doneOn: today }))
      .toEqual({ code: 'FIRE_SAFETY_CHECK', status: 'NOT_NEEDED', reason: '店面 20 平方米，只做外卖', doneOn: null })
  })

  it('needs the day for DONE: today or earlier, within five years', () => {
    expect(checklistItemUpdateSchema.parse({ code: 'BUSINESS_LICENCE', status: 'DONE', doneOn: today })).toEqual({ code: 'BUSINESS_LICENCE', status: 'DONE', doneOn: today, reason: null })
    expect(checklistItemUpdateSchema.safeParse({ code: 'BUSINESS_LICENCE', status: 'DONE' }).error?.issues[0]).toMatchObject({ path: ['doneOn'], message: 'validation.required' })
    expect(checklistItemUpdateSchema.safeParse({ code: 'BUSINESS_LICENCE', status: 'DONE', doneOn: addDays(today, 1) }).error?.issues.map(i => i.message)).toEqual(['validation.dateInFuture'])
    expect(checklistItemUpdateSchema.safeParse({ code: 'BUSINESS_LICENCE', status: 'DONE', doneOn: addDays(today, -6 * 366) }).error?.issues.map(i => i.message)).toEqual(['validation.dateOutOfRange'])
  })

  it('refuses a code that is not a checklist item', () => {
    expect(checklistItemUpdateSchema.safeParse({ code: 'LIQUOR_LICENCE', status: 'IN_PROGRESS' }).success).toBe(false)
  })
})

describe('统一社会信用代码', () => {
  it('accepts real codes by their GB 32100-2015 check character', () => {
    // the standard's own example and three published company codes
    for (const c of ['91350100M000100Y43', '9144030071526726XG', '914403001922038216', '91330100716105852F']) expect(isValidCreditCode(c), c).toBe(true)
    expect(creditCodeCheckChar('9144030071526726X')).toBe('G')
  })

  it('refuses a wrong check character, the letters the code never uses, and wrong lengths', () => {
    expect(isValidCreditCode('914403001922038217')).toBe(false)
    expect(isValidCreditCode('9144030071526726XH')).toBe(false)
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false)
    expect(isValidCreditCode('91350100O000100Y43')).toBe(false) // O is not in the alphabet
    expect(isValidCreditCode('9144030071526726xg')).toBe(false) // as printed: capitals
  })

  it('the opening takes the code as typed (spaces, small letters) and checks it fits the legal form', () => {
    // a constructed individual-business code for 长春市南关区 (220102), its check character computed
    const individual = `92220102MA14ABCD0${creditCodeCheckChar('92220102MA14ABCD0')}`
    const base = { openedOn: zonedDate(new Date()), employees: 2 }
    expect(openingSchema.parse({ ...base, legalForm: 'INDIVIDUAL_BUSINESS', creditCode: individual.toLowerCase() }).creditCode).toBe(individual)
    expect(openingSchema.parse({ ...base, legalForm: 'LIMITED_COMPANY', creditCode: '9144 0300 7152 6726 XG' }).creditCode).toBe('9144030071526726XG')
    expect(openingSchema.parse({ ...base, legalForm: 'PARTNERSHIP', creditCode: '' }).creditCode).toBeNull()
    expect(openingSchema.safeParse({ ...base, legalForm: 'INDIVIDUAL_BUSINESS', creditCode: '9144030071526726XG' }).error?.issues.map(i => i.message)).toEqual(['validation.creditCodeForm'])
    expect(openingSchema.safeParse({ ...base, legalForm: 'LIMITED_COMPANY', creditCode: '914403001922038217' }).error?.issues.map(i => i.message)).toEqual(['validation.creditCode'])
  })

  it('the opening counts the owner: at least one person, and never a future day', () => {
    const legalForm: LegalFormCode = 'SOLE_PROPRIETORSHIP'
    expect(openingSchema.safeParse({ openedOn: zonedDate(new Date()), legalForm, employees: 0 }).success).toBe(false)
    expect(openingSchema.safeParse({ openedOn: addDays(zonedDate(new Date()), 1), legalForm, employees: 1 }).error?.issues.map(i => i.message)).toEqual(['validation.dateInFuture'])
    expect(openingSchema.parse({ openedOn: '2026-11-02', legalForm, employees: 1 })).toEqual({ openedOn: '2026-11-02', legalForm, employees: 1, creditCode: null })
  })
})

describe('names', () => {
  it('every legal form, checklist status (with cannot start yet) and need has a name in both languages', () => {
    for (const c of [zhCases.cases, enCases.cases]) {
      expect(Object.keys(c.legalForm)).toEqual([...LEGAL_FORMS])
      expect(Object.keys(c.checklistStatus)).toEqual([...CHECKLIST_STATUSES, 'CANNOT_START'])
      expect(Object.keys(c.checklistNeed)).toEqual([...CHECKLIST_NEEDS])
    }
    expect(zhCases.cases.checklistStatus.CANNOT_START).toBe('暂不能开始')
    expect(enCases.cases.checklistStatus.CANNOT_START).toBe('Cannot start yet')
  })
})
