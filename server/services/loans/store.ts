import type { HolidayYear } from '#shared/data/holidays'
import type { LoanRuleSet, LprFixing } from '#shared/data/loan-rules'
import { lprOn, rulesInForceOn } from '#shared/data/loan-rules'
import type { CompiledCalendar } from '#shared/utils/working-days'
import { compileCalendar } from '#shared/utils/working-days'
import { zonedDate } from '#shared/utils/zoned-time'
import { prisma } from '../../utils/prisma'
import { cached } from '../../utils/cache'

/**
 * The loan rules, the holiday calendar and the LPR as the database holds them (an admin edits
 * them; `npm run db:seed` writes the sample sets of shared/data once). Read through this module,
 * kept in the process for a minute, or read again at once in every server instance after
 * forgetLoanData() or any change to those tables (a database trigger signals `loans`).
 */
export interface LoanData {
  ruleSets: LoanRuleSet[]
  byVersion: Map<string, LoanRuleSet>
  holidayYears: HolidayYear[]
  calendar: CompiledCalendar
  lpr: LprFixing[]
}

async function load(): Promise<LoanData> {
  const [sets, years, fixings] = await Promise.all([
    prisma.loanRuleSetVersion.findMany({ orderBy: [{ effectiveFrom: 'asc' }, { createdAt: 'asc' }] }),
    prisma.holidayYear.findMany({ orderBy: { year: 'asc' } }),
    prisma.lprFixing.findMany({ orderBy: { publishedOn: 'asc' } }),
  ])
  const ruleSets = sets.map(s => ({ ...(s.rules as unknown as LoanRuleSet), version: s.version, effectiveFrom: s.effectiveFrom, source: s.source, sample: s.sample }))
  const holidayYears = years.map(y => ({ year: y.year, source: y.source, publishedOn: y.publishedOn, sample: y.sample, holidays: y.holidays, workdays: y.workdays }))
  return {
    ruleSets,
    byVersion: new Map(ruleSets.map(r => [r.version, r])),
    holidayYears,
    calendar: compileCalendar(holidayYears),
    lpr: fixings,
  }
}

const store = cached(load, 60_000, 'loans')

export const loanData = (): Promise<LoanData> => store.get()

/** Call after an admin changed the rules, the calendar or the LPR. */
export function forgetLoanData(): void {
  store.forget()
}

/** The rules an application is judged by: those of its submission day (its stored version), or for a draft those in force today. */
export function rulesOf(data: LoanData, version: string | null, on: Date = new Date()): LoanRuleSet {
  const rules = version ? data.byVersion.get(version) : rulesInForceOn(zonedDate(on), data.ruleSets)
  if (!rules) throw new Error(version ? `loan rule set ${version} is missing` : 'no loan rule set is in force: run npm run db:seed')
  return rules
}

export function lprOf(data: LoanData, on: Date | string = new Date()): LprFixing {
  const fixing = lprOn(on, data.lpr) ?? data.lpr[data.lpr.length - 1]
  if (!fixing) throw new Error('no LPR fixing is held: run npm run db:seed')
  return fixing
}

/** The working-day calendar (holidays and 调休) the admin keeps, for every domain that counts working days. */
export async function workingCalendar(): Promise<CompiledCalendar> {
  return (await loanData()).calendar
}
