/**
 * Demo loan applications, one or more in every step, made through the loan services (the same
 * code the API runs, so every event, mail and queue column is what a real run would write):
 * a draft, two waiting for the eligibility review (one overdue), one returned for two documents,
 * two on public notice, one with the guarantor and the bank (the guarantor overdue), one approved,
 * one paid out with repayments, one refused — all in 长春 (and 九台), the demo staff member's city. Time passing is the events moved back in time, as
 * the tests do. Idempotent: nothing happens when any application exists.
 *
 * Runs in its own process (the services use the server's one Prisma client, made from
 * DATABASE_URL when first imported) with DATABASE_URL and DATA_KEY set: `seed()` starts it after
 * the demo accounts, and `tsx scripts/db/seed-loans-demo.ts` runs it by hand.
 */
import { randomInt } from 'node:crypto'
import { hash } from '@node-rs/argon2'
import { idCheckCharacter } from '../../shared/utils/identity'
import type { PublicUser } from '../../shared/types/user'
import { addDays, zonedDate } from '../../shared/utils/zoned-time'
import { prisma } from '../../server/utils/prisma'
import { ARGON2_OPTIONS } from '../../server/utils/password'
import { toPublicUser, sessionUserSelect } from '../../server/utils/auth'
import { createLoan, decideStep, endNotice, getLoan, recordDisbursement, recordRepayment, refreshDueDays, submitLoan, uploadDocument } from '../../server/services/loans'
import type { LoanDecisionInput } from '../../shared/schemas/loan'
import { DEMO_PASSWORD } from './seed-data'

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')

function idNumber(birth: string): string {
  const first17 = `220102${birth}${String(randomInt(100, 999))}`
  return `${first17}${idCheckCharacter(first17)}`
}

async function user(email: string): Promise<PublicUser> {
  return toPublicUser(await prisma.user.findUniqueOrThrow({ where: { email }, select: sessionUserSelect }))
}

/** A demo applicant account (password as every demo account). */
async function applicant(n: number, name: string, city: string, passwordHash: string): Promise<PublicUser> {
  const email = `loan${n}@demo.starthub.cn`
  const c = await prisma.city.findUniqueOrThrow({ where: { code: city }, select: { id: true } })
  await prisma.user.upsert({ where: { email }, create: { email, name, passwordHash, emailVerifiedAt: new Date(), cityId: c.id, roles: { create: [{ role: 'ENTREPRENEUR' }] } }, update: {} })
  return user(email)
}

/** Moves an application's whole history back by `days` (keeping its order): the working days pass. */
async function daysPass(id: string, days: number): Promise<void> {
  await prisma.$executeRaw`UPDATE "LoanEvent" SET "createdAt" = "createdAt" - make_interval(days => ${days}) WHERE "applicationId" = ${id}::uuid`
  await prisma.$executeRaw`UPDATE "LoanApplication" SET "submittedAt" = "submittedAt" - make_interval(days => ${days}), "createdAt" = "createdAt" - make_interval(days => ${days}) WHERE id = ${id}::uuid`
}

/** A decision as the handler passes it on (the schema's output: no note is null). */
const decision = (input: Partial<LoanDecisionInput> & Pick<LoanDecisionInput, 'decision'>): LoanDecisionInput => ({ note: null, newItemsWhy: null, ...input })

interface Demo { who: PublicUser, realName: string, city: string, category: string, amountYuan: number, termMonths: number, business: string, purpose: string }

async function submitted(d: Demo): Promise<string> {
  const { id } = await createLoan(d.who, {
    applicantType: 'INDIVIDUAL', category: d.category, city: d.city, realName: d.realName, idNumber: idNumber(`19${randomInt(80, 99)}0${randomInt(1, 9)}1${randomInt(0, 9)}`), phone: `139${String(randomInt(10_000_000, 99_999_999))}`,
    amount: d.amountYuan * 100, termMonths: d.termMonths, purpose: d.purpose,
    business: { legalForm: 'INDIVIDUAL_BUSINESS', name: d.business, address: `${d.city} 示范路 ${randomInt(1, 200)} 号`, plannedOn: addDays(zonedDate(new Date()), 60), jobsCreated: randomInt(1, 5) },
    existingLoans: [], earlierLoans: { count: 0, anyOverdueOrUnpaid: false }, waivers: [],
  })
  for (const doc of (await getLoan(d.who, id)).documents.filter(x => !x.provided)) {
    await uploadDocument(d.who, id, { code: doc.code, filename: `${doc.code.toLowerCase()}.pdf`, bytes: PDF })
  }
  await submitLoan(d.who, id)
  return id
}

async function onNotice(d: Demo, staff: PublicUser, orgs: { guarantorId: string, bankId: string }): Promise<string> {
  const id = await submitted(d)
  await decideStep(staff, id, 'ELIGIBILITY', decision({ decision: 'approve', ...orgs }))
  return id
}

async function withReviewers(d: Demo, staff: PublicUser, orgs: { guarantorId: string, bankId: string }): Promise<string> {
  const id = await onNotice(d, staff, orgs)
  await daysPass(id, 10)
  await endNotice({ id })
  return id
}

export async function seedDemoLoans(say: (line: string) => void = () => {}): Promise<number> {
  if (await prisma.loanApplication.count() > 0) return 0
  const passwordHash = await hash(DEMO_PASSWORD, ARGON2_OPTIONS)
  const staff = await user('staff@demo.starthub.cn')
  const guarantor = await user('guarantor@demo.starthub.cn')
  const bank = await user('bank@demo.starthub.cn')
  const org = async (email: string) => (await prisma.userRole.findFirstOrThrow({ where: { user: { email }, organisationId: { not: null } }, select: { organisationId: true } })).organisationId!
  const orgs = { guarantorId: await org('guarantor@demo.starthub.cn'), bankId: await org('bank@demo.starthub.cn') }
  const people = [
    ['张丽', 'changchun', 'UNEMPLOYED', 80_000, 24, '丽姐早餐铺', '购买早餐店的蒸箱、冰柜和首批原料'],
    ['刘强', 'changchun', 'VETERAN', 150_000, 36, '强哥汽修', '购置汽修举升机和诊断设备，支付门店租金'],
    ['陈静', 'jiutai', 'GRADUATE', 50_000, 24, '静好花艺', '花艺工作室的装修和首批花材'],
    ['赵磊', 'changchun', 'RETURNING_MIGRANT', 200_000, 36, '磊子农家乐', '农家乐客房改造和厨房设备'],
    ['孙悦', 'changchun', 'ONLINE_MERCHANT', 100_000, 24, '悦购山货网店', '网店备货、直播设备和包装材料'],
    ['周敏', 'jiutai', 'HARD_TO_EMPLOY', 60_000, 24, '敏敏手工坊', '手工编织原料和展示柜'],
    ['吴昊', 'changchun', 'GRADUATE', 120_000, 24, '昊然咖啡', '咖啡机、磨豆机和首批咖啡豆'],
    ['郑洁', 'changchun', 'RURAL_ENTREPRENEUR', 90_000, 24, '洁净家政', '家政服务的清洁设备和培训'],
    ['王芳', 'changchun', 'UNEMPLOYED', 30_000, 12, '芳芳裁缝店', '购买缝纫设备和布料，装修小店'],
  ] as const
  const demos: Demo[] = []
  for (const [i, [realName, city, category, amountYuan, termMonths, business, purpose]] of people.entries()) {
    demos.push({ who: await applicant(i + 1, realName, city, passwordHash), realName, city, category, amountYuan, termMonths, business, purpose })
  }
  const [a, b, c, d, e, f, g, h, i] = demos as [Demo, Demo, Demo, Demo, Demo, Demo, Demo, Demo, Demo]

  // a draft, prefilled by hand
  await createLoan(a.who, { applicantType: 'INDIVIDUAL', category: a.category, city: a.city, realName: a.realName, amount: a.amountYuan * 100, termMonths: a.termMonths })
  // waiting for the eligibility review: one just in, one overdue (submitted two weeks ago)
  await submitted(b)
  await daysPass(await submitted(c), 14)
  // returned for two documents, at once
  const returned = await submitted(d)
  await decideStep(staff, returned, 'ELIGIBILITY', decision({ decision: 'return', missing: ['CREDIT_REPORT', 'CATEGORY_PROOF'], note: '征信报告须为近一个月内打印；请上传返乡创业的户籍证明和外出务工证明。' }))
  // on public notice
  await onNotice(e, staff, orgs)
  await onNotice(f, staff, orgs)
  // with the guarantor and the bank side by side; the guarantor's days are over
  const late = await withReviewers(g, staff, orgs)
  await decideStep(bank, late, 'BANK', decision({ decision: 'approve' }))
  await daysPass(late, 6)
  // approved, waiting for payout
  const approved = await withReviewers(h, staff, orgs)
  await decideStep(guarantor, approved, 'GUARANTOR', decision({ decision: 'approve' }))
  await decideStep(bank, approved, 'BANK', decision({ decision: 'approve' }))
  // refused, with a reason and what to do next
  const refused = await submitted(i)
  await decideStep(staff, refused, 'ELIGIBILITY', decision({ decision: 'refuse', reasons: ['EARLIER_OVERDUE'], note: '征信报告显示 2024 年有一笔贷款逾期超过 90 天，尚未结清。' }))

  // the demo entrepreneur's own loan: paid out three months ago, two instalments repaid
  const own = await user('entrepreneur@demo.starthub.cn')
  const paid = await withReviewers({ who: own, realName: own.name, city: 'changchun', category: 'GRADUATE', amountYuan: 100_000, termMonths: 24, business: '晓创奶茶', purpose: '奶茶店的设备、装修和首批原料采购' }, staff, orgs)
  await decideStep(guarantor, paid, 'GUARANTOR', decision({ decision: 'approve' }))
  await decideStep(bank, paid, 'BANK', decision({ decision: 'approve' }))
  const payoutDay = addDays(zonedDate(new Date()), -75)
  await recordDisbursement(bank, paid, { disbursedOn: payoutDay, amount: 10_000_000, termMonths: 24, rateBp: (await getLoan(bank, paid)).rules.rateCapBp, method: 'EQUAL_INSTALMENTS' })
  const schedule = (await getLoan(bank, paid)).schedule
  for (const r of schedule.slice(0, 2)) await recordRepayment(bank, paid, { kind: 'payment', paidOn: r.dueOn, principal: r.principal, interest: r.interest })

  await refreshDueDays()
  const n = await prisma.loanApplication.count()
  say(`loans          ${n} demo applications`)
  return n
}

if (import.meta.url === `file://${process.argv[1]}`) {
  seedDemoLoans(l => console.log(`[seed] ${l}`))
    .then(() => prisma.$disconnect())
    .catch(async (error: unknown) => {
      console.error(error)
      await prisma.$disconnect()
      process.exit(1)
    })
}
