import { CHINA_HOLIDAYS } from '../../shared/data/holidays'
import { LOAN_RULE_SETS, LPR_FIXINGS } from '../../shared/data/loan-rules'
import type { PrismaClient } from '../../server/generated/prisma/client'

/**
 * The loan reference data (rules, holiday calendar, LPR) from shared/data, written once: a row
 * that exists is left alone, so an admin's edits survive every later seed.
 */
export async function seedLoanReference(prisma: PrismaClient): Promise<void> {
  for (const r of LOAN_RULE_SETS) {
    const { version, effectiveFrom, source, sample, ...rest } = r
    await prisma.loanRuleSetVersion.upsert({ where: { version }, create: { version, effectiveFrom, source, sample, rules: JSON.parse(JSON.stringify(rest)) }, update: {} })
  }
  for (const y of CHINA_HOLIDAYS) {
    await prisma.holidayYear.upsert({ where: { year: y.year }, create: { year: y.year, source: y.source, publishedOn: y.publishedOn, sample: y.sample, holidays: [...y.holidays], workdays: [...y.workdays] }, update: {} })
  }
  for (const f of LPR_FIXINGS) {
    await prisma.lprFixing.upsert({ where: { publishedOn: f.publishedOn }, create: { ...f }, update: {} })
  }
}

/** Sample organisations for the demo (不是真实机构): one guarantee institution for the province, two banks. */
export const DEMO_ORGANISATIONS = [
  { kind: 'GUARANTOR', nameZh: '吉林省创业担保示范中心（样例）', nameEn: 'Jilin Start-up Guarantee Centre (sample)', cityCodes: [] },
  { kind: 'BANK', nameZh: '长春示范农商银行（样例）', nameEn: 'Changchun Sample Rural Commercial Bank', cityCodes: ['changchun', 'jiutai', 'jilin', 'siping', 'liaoyuan'] },
  { kind: 'BANK', nameZh: '长白山示范银行（样例）', nameEn: 'Changbaishan Sample Bank', cityCodes: [] },
] as const

export async function seedDemoOrganisations(prisma: PrismaClient): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  for (const o of DEMO_ORGANISATIONS) {
    const row = await prisma.organisation.upsert({ where: { kind_nameZh: { kind: o.kind, nameZh: o.nameZh } }, create: { ...o, cityCodes: [...o.cityCodes] }, update: {} })
    ids.set(o.nameZh, row.id)
  }
  return ids
}
