import type { HolidayYear } from '#shared/data/holidays'
import type { LoanRuleSet } from '#shared/data/loan-rules'
import type { RuleFigures, RuleSetWrite } from '#shared/schemas/loan-admin'
import type { LoanReferenceForAdmin, RuleSetSummary } from '#shared/types/loan'
import type { PublicUser } from '#shared/types/user'
import { checkCalendar } from '#shared/utils/working-days'
import { zonedDate } from '#shared/utils/zoned-time'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { loanProgress } from '#shared/utils/loan-steps'
import { audit } from '../audit'
import { referenceData } from '../reference'
import { historyOf, loadHistory, queueColumns } from './state'
import { forgetLoanData, loanData, rulesOf } from './store'

/**
 * The admin's side of the loan reference data. Rule sets are versions: a new one copies an
 * earlier one with its figures changed and takes effect on a day not before today; a version
 * may be changed only while it is not in force and no application was submitted under it, so
 * an application is always judged by the rules of its submission day. Holiday years and LPR
 * fixings are edited in place (audited); the queues' due days follow a calendar change at once.
 */

/** The figures as the admin page shows and edits them. */
export function figuresOf(r: LoanRuleSet): Required<RuleFigures> {
  return {
    individualMax: r.amounts.individual, partnershipUpliftBp: r.amounts.partnership.upliftBp, partnershipMaxTotal: r.amounts.partnership.maxTotal, enterpriseMax: r.amounts.enterprise,
    termIndividual: r.terms.INDIVIDUAL, termPartnership: r.terms.PARTNERSHIP, termEnterprise: r.terms.ENTERPRISE,
    maxSpreadBp: r.rate.maxSpreadBp, subsidyShareBp: r.subsidy.shareBp, ageMin: r.age.min, ageMax: r.age.max, earlierLoansMax: r.earlierLoans.max,
    newHireShareBp: r.enterprise.newHireShareBp, largeAbove: r.enterprise.largeAbove, largeNewHireShareBp: r.enterprise.largeNewHireShareBp,
    extensionMaxCount: r.extension.maxCount, extensionMaxMonths: r.extension.maxMonths,
    timeEligibility: r.timeLimits.ELIGIBILITY, timeNotice: r.timeLimits.NOTICE, timeGuarantor: r.timeLimits.GUARANTOR, timeBank: r.timeLimits.BANK, timeWholePath: r.timeLimits.wholePath,
    makerCheckerAbove: r.makerChecker.aboveAmount,
    smallAmountWaiverMax: r.counterGuarantee.waivers.find(w => w.code === 'SMALL_AMOUNT')?.maxAmount ?? 0,
  }
}

export function applyFigures(base: LoanRuleSet, f: RuleFigures, meta: Pick<LoanRuleSet, 'version' | 'effectiveFrom' | 'source' | 'sample'>): LoanRuleSet {
  const v = { ...figuresOf(base), ...f }
  return {
    ...base,
    ...meta,
    age: { ...base.age, min: v.ageMin, max: v.ageMax },
    enterprise: { ...base.enterprise, newHireShareBp: v.newHireShareBp, largeAbove: v.largeAbove, largeNewHireShareBp: v.largeNewHireShareBp },
    amounts: { individual: v.individualMax, partnership: { upliftBp: v.partnershipUpliftBp, maxTotal: v.partnershipMaxTotal }, enterprise: v.enterpriseMax },
    terms: { INDIVIDUAL: v.termIndividual, PARTNERSHIP: v.termPartnership, ENTERPRISE: v.termEnterprise },
    rate: { ...base.rate, maxSpreadBp: v.maxSpreadBp },
    subsidy: { shareBp: v.subsidyShareBp },
    counterGuarantee: { waivers: base.counterGuarantee.waivers.map(w => (w.code === 'SMALL_AMOUNT' ? { ...w, maxAmount: v.smallAmountWaiverMax } : w)) },
    earlierLoans: { ...base.earlierLoans, max: v.earlierLoansMax },
    extension: { ...base.extension, maxCount: v.extensionMaxCount, maxMonths: v.extensionMaxMonths },
    timeLimits: { ELIGIBILITY: v.timeEligibility, NOTICE: v.timeNotice, GUARANTOR: v.timeGuarantor, BANK: v.timeBank, wholePath: v.timeWholePath },
    makerChecker: { ...base.makerChecker, aboveAmount: v.makerCheckerAbove },
  }
}

/** GET /api/admin/loan-rules — every version, the holiday calendar and the LPR fixings. */
export async function loanReferenceForAdmin(): Promise<LoanReferenceForAdmin> {
  forgetLoanData()
  const data = await loanData()
  const used = await prisma.loanApplication.groupBy({ by: ['ruleVersion'], where: { ruleVersion: { not: null } }, _count: { _all: true } })
  const inForce = rulesOf(data, null).version
  const today = zonedDate(new Date())
  return {
    ruleSets: data.ruleSets.map((r) => {
      const n = used.find(u => u.ruleVersion === r.version)?._count._all ?? 0
      return { version: r.version, effectiveFrom: r.effectiveFrom, source: r.source, sample: r.sample, inForce: r.version === inForce, used: n, editable: n === 0 && r.effectiveFrom > today, figures: figuresOf(r) }
    }).reverse(),
    holidays: data.holidayYears,
    lpr: data.lpr.map(f => ({ publishedOn: f.publishedOn, oneYearBp: f.oneYearBp, fiveYearBp: f.fiveYearBp, source: f.source, sample: f.sample })),
  }
}

function stored(r: LoanRuleSet): Prisma.InputJsonValue {
  const { version: _v, effectiveFrom: _e, source: _s, sample: _m, ...rest } = r
  return JSON.parse(JSON.stringify(rest)) as Prisma.InputJsonValue
}

/** POST /api/admin/loan-rules, or PUT /api/admin/loan-rules/:version (replacing one not in force and unused). */
export async function writeRuleSet(admin: PublicUser, input: RuleSetWrite, replacing: string | null, ip: string): Promise<RuleSetSummary[]> {
  const data = await loanData()
  const base = data.byVersion.get(input.basedOn)
  if (!base) throw new AppError('validation', { basedOn: 'validation.invalid' })
  if (input.effectiveFrom < zonedDate(new Date())) throw new AppError('validation', { effectiveFrom: 'validation.dateInPast' })
  const next = applyFigures(base, input.figures, { version: input.version, effectiveFrom: input.effectiveFrom, source: input.source, sample: input.sample })
  await prisma.$transaction(async (tx) => {
    if (replacing) {
      const old = await tx.loanRuleSetVersion.findUnique({ where: { version: replacing }, select: { effectiveFrom: true, _count: { select: { applications: true } } } })
      if (!old) throw new AppError('not_found')
      if (old._count.applications > 0 || old.effectiveFrom <= zonedDate(new Date())) throw new AppError('rules_in_use')
      if (input.version !== replacing) throw new AppError('validation', { version: 'validation.invalid' })
      await tx.loanRuleSetVersion.update({ where: { version: replacing }, data: { effectiveFrom: next.effectiveFrom, source: next.source, sample: next.sample, rules: stored(next) } })
    }
    else {
      if (await tx.loanRuleSetVersion.findUnique({ where: { version: input.version }, select: { version: true } })) throw new AppError('validation', { version: 'validation.versionTaken' })
      await tx.loanRuleSetVersion.create({ data: { version: next.version, effectiveFrom: next.effectiveFrom, source: next.source, sample: next.sample, rules: stored(next), createdById: admin.id } })
    }
    await audit({ action: 'loan.rules_changed', actorId: admin.id, ip, meta: { version: input.version, basedOn: input.basedOn, effectiveFrom: input.effectiveFrom, figures: input.figures as Prisma.InputJsonValue } }, tx)
  })
  forgetLoanData()
  return (await loanReferenceForAdmin()).ruleSets
}

/** PUT /api/admin/holidays/:year — then every application under review gets its due days from the new calendar. */
export async function writeHolidayYear(admin: PublicUser, year: number, input: Omit<HolidayYear, 'year'>, ip: string): Promise<HolidayYear[]> {
  const y: HolidayYear = { year, ...input, holidays: [...input.holidays].sort(), workdays: [...input.workdays].sort() }
  const problems = checkCalendar([y])
  if (problems.length) {
    throw new AppError('validation', { holidays: { key: 'validation.calendar', params: { problems: problems.map(p => `${p.date ?? p.year} ${p.code}`).join(', ') } } })
  }
  await prisma.$transaction(async (tx) => {
    await tx.holidayYear.upsert({ where: { year }, create: { ...y, holidays: [...y.holidays], workdays: [...y.workdays], updatedById: admin.id }, update: { source: y.source, publishedOn: y.publishedOn, sample: y.sample, holidays: [...y.holidays], workdays: [...y.workdays], updatedById: admin.id } })
    await audit({ action: 'loan.rules_changed', actorId: admin.id, ip, meta: { holidays: year } }, tx)
  })
  forgetLoanData()
  await refreshDueDays()
  return (await loanData()).holidayYears
}

/** POST /api/admin/lpr */
export async function addLprFixing(admin: PublicUser, input: { publishedOn: string, oneYearBp: number, fiveYearBp: number, source: string, sample: boolean }, ip: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.lprFixing.upsert({ where: { publishedOn: input.publishedOn }, create: input, update: input })
    await audit({ action: 'loan.rules_changed', actorId: admin.id, ip, meta: { lpr: input.publishedOn } }, tx)
  })
  forgetLoanData()
}

/** The queue columns of every application under review, from the current calendar. */
export async function refreshDueDays(): Promise<number> {
  const data = await loanData()
  const rows = await prisma.loanApplication.findMany({ where: { openSteps: { isEmpty: false } }, select: { id: true, amount: true, ruleVersion: true } })
  const now = new Date()
  for (const r of rows) {
    const rules = rulesOf(data, r.ruleVersion)
    const progress = loanProgress({ amount: r.amount ?? 0, history: historyOf(await loadHistory(prisma, r.id)) }, rules)
    const cols = queueColumns(progress, now, data.calendar, rules)
    await prisma.loanApplication.update({ where: { id: r.id }, data: { openSteps: cols.openSteps, stepDue: cols.stepDue, dueOn: cols.dueOn } })
  }
  return rows.length
}

/** GET/POST/PATCH /api/admin/organisations */
export async function listOrganisations(): Promise<{ id: string, kind: 'GUARANTOR' | 'BANK' | 'INSTITUTION', nameZh: string, nameEn: string, cityCodes: string[], officers: number }[]> {
  const rows = await prisma.organisation.findMany({ orderBy: [{ kind: 'asc' }, { nameZh: 'asc' }], select: { id: true, kind: true, nameZh: true, nameEn: true, cityCodes: true, _count: { select: { members: true } } } })
  return rows.map(({ _count, ...o }) => ({ ...o, officers: _count.members }))
}

export async function saveOrganisation(admin: PublicUser, id: string | null, input: { kind?: 'GUARANTOR' | 'BANK' | 'INSTITUTION', nameZh?: string, nameEn?: string, cityCodes?: string[] }, ip: string): Promise<{ id: string }> {
  const { cityByCode } = await referenceData()
  const unknown = (input.cityCodes ?? []).filter(c => !cityByCode.has(c))
  if (unknown.length) throw new AppError('validation', { cityCodes: 'validation.invalid' })
  return prisma.$transaction(async (tx) => {
    const row = id
      ? await tx.organisation.update({ where: { id }, data: { ...(input.nameZh ? { nameZh: input.nameZh } : {}), ...(input.nameEn ? { nameEn: input.nameEn } : {}), ...(input.cityCodes ? { cityCodes: input.cityCodes } : {}) }, select: { id: true } })
      : await tx.organisation.create({ data: { kind: input.kind!, nameZh: input.nameZh!, nameEn: input.nameEn!, cityCodes: input.cityCodes ?? [] }, select: { id: true } })
    await audit({ action: 'organisation.changed', actorId: admin.id, ip, meta: { organisationId: row.id } }, tx)
    return row
  })
}
