import type { LoanRuleSet } from '#shared/data/loan-rules'
import type { LoanDraftInput, LoanPatchInput } from '#shared/schemas/loan'
import { loanApplicationSchema } from '#shared/schemas/loan'
import type { BusinessPlan } from '#shared/schemas/plan'
import type { PublicUser } from '#shared/types/user'
import type { LegalFormCode } from '#shared/utils/cases'
import { ageOn, birthDateOfIdNumber } from '#shared/utils/identity'
import type { ApplicantType } from '#shared/utils/loan-codes'
import { maxAmount, preCheck } from '#shared/utils/loans'
import { loanFacts, loanLifecycle, loanProgress, stepClocks } from '#shared/utils/loan-steps'
import { formatCalendarDate } from '#shared/utils/format-time'
import { zonedDate } from '#shared/utils/zoned-time'
import { Prisma } from '../../generated/prisma/client'
import { isUniqueViolation, prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { caseActivity, caseFor, setStage } from '../cases'
import { cityIdOf, referenceData } from '../reference'
import { lifecycleRole, loanFor } from './access'
import { ensureHeldDocuments, missingDocuments } from './documents'
import { applicantOf, baseVars, mailSubjectSelect, mergeVars, reviewersOf, STEP_REVIEWER, stepVars, tell } from './notify'
import type { Personal } from './personal'
import { idHashOf, mergePartners, readPersonal, sealPersonal } from './personal'
import { historyOf, loadHistory, loanEvent, refreshApplication } from './state'
import type { ApplicationRow, LoanDetails } from './row'
import { applicationSelect, detailsOf } from './row'
import { loanData, rulesOf } from './store'

/**
 * The applicant's side of an application: a draft (prefilled from the one-stop case and its
 * plan, each prefilled field named so the page marks it), saved as often as wanted with a
 * revision guard; submitted once everything the rules ask for is there, judged from then on by
 * the rules in force that day; resubmitted to the same step after a return; withdrawn before a
 * decision. One live application per person: the database's partial unique indexes hold it
 * under any concurrency.
 */
type Tx = Prisma.TransactionClient

const TYPE_OF_FORM: Record<LegalFormCode, ApplicantType> = {
  INDIVIDUAL_BUSINESS: 'INDIVIDUAL', SOLE_PROPRIETORSHIP: 'INDIVIDUAL', PARTNERSHIP: 'PARTNERSHIP', LIMITED_COMPANY: 'ENTERPRISE',
}

/** The draft fields a case and its plan fill in, and the names of those filled (never silently). */
async function prefillFromCase(user: PublicUser, caseId: string, rules: LoanRuleSet): Promise<{ values: LoanDraftInput, prefilled: string[] }> {
  await caseFor(prisma, user, caseId)
  const c = await prisma.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { ownerId: true, title: true, legalForm: true, openingLegalForm: true, openedOn: true, openingEmployees: true, city: { select: { code: true } }, plan: { select: { data: true, fundingGap: true } } },
  })
  if (c.ownerId !== user.id) throw new AppError('forbidden')
  const plan = c.plan?.data as BusinessPlan | undefined
  const legalForm = c.openingLegalForm ?? plan?.organisation?.legalForm ?? c.legalForm
  const applicantType = TYPE_OF_FORM[legalForm]
  const planLoan = plan?.funding?.loan?.amount ?? 0
  const wanted = planLoan > 0 ? planLoan : (c.plan?.fundingGap ?? 0)
  const values: LoanDraftInput = {
    applicantType,
    ...(c.city ? { city: c.city.code } : {}),
    ...(wanted > 0 ? { amount: Math.min(wanted, maxAmount(applicantType, rules, applicantType === 'PARTNERSHIP' ? 2 : 1)) } : {}),
    ...(plan?.funding?.loan?.amount ? { termMonths: Math.min(plan.funding.loan.termMonths, rules.terms[applicantType]) } : {}),
    business: {
      legalForm,
      name: plan?.overview?.enterpriseName || c.title,
      ...(c.openedOn ? { openedOn: c.openedOn } : {}),
      jobsCreated: c.openingEmployees ?? 1 + (plan?.organisation?.staff ?? []).reduce((n, s) => n + s.count, 0),
    },
    realName: user.name,
  }
  const prefilled = [
    'applicantType', 'business.legalForm', 'business.name', 'business.jobsCreated', 'realName',
    ...(values.city ? ['city'] : []), ...(values.amount ? ['amount'] : []), ...(values.termMonths ? ['termMonths'] : []), ...(c.openedOn ? ['business.openedOn'] : []),
  ]
  return { values, prefilled }
}

/** The draft's field names an input touches (to unmark them as prefilled). */
function touched(input: LoanDraftInput): string[] {
  const keys: string[] = []
  for (const [k, v] of Object.entries(input)) {
    if (v === undefined || k === 'caseId') continue
    if (k === 'business' && v && typeof v === 'object') for (const [b, bv] of Object.entries(v)) if (bv !== undefined) keys.push(`business.${b}`)
    else keys.push(k)
  }
  return keys
}

async function bankChoice(bankId: string | null | undefined, cityId: number | null): Promise<string | null | undefined> {
  if (bankId === undefined) return undefined
  if (bankId === null) return null
  const [org, { cities }] = await Promise.all([prisma.organisation.findUnique({ where: { id: bankId }, select: { kind: true, cityCodes: true } }), referenceData()])
  const city = cities.find(c => c.id === cityId)
  const serves = org && org.kind === 'BANK' && (!org.cityCodes.length || (city && (org.cityCodes.includes(city.code) || (city.parent && org.cityCodes.includes(city.parent)))))
  if (!serves) throw new AppError('validation', { bankId: 'validation.invalid' })
  return bankId
}

/** The changes a draft input makes to a row and to the personal numbers. */
async function draftChanges(input: LoanDraftInput, saved: { details: LoanDetails, personal: Personal, cityId: number | null }): Promise<{ data: Prisma.LoanApplicationUncheckedUpdateInput, personal: Personal }> {
  const cityId = input.city !== undefined ? await cityIdOf(input.city, { field: 'city' }) : saved.cityId
  const details: LoanDetails = { ...saved.details }
  if (input.purpose !== undefined) details.purpose = input.purpose
  if (input.business) details.business = { ...details.business, ...Object.fromEntries(Object.entries(input.business).filter(([, v]) => v !== undefined)) }
  if (input.staff !== undefined) details.staff = input.staff
  if (input.arrears !== undefined) details.arrears = input.arrears
  if (input.existingLoans !== undefined) details.existingLoans = input.existingLoans
  if (input.earlierLoans !== undefined) details.earlierLoans = input.earlierLoans
  if (input.waivers !== undefined) details.waivers = input.waivers
  const personal: Personal = { ...saved.personal }
  if (input.realName !== undefined) personal.realName = input.realName
  if (input.idNumber !== undefined) personal.idNumber = input.idNumber
  if (input.phone !== undefined) personal.phone = input.phone
  if (input.partners !== undefined) personal.partners = mergePartners(saved.personal.partners, input.partners)
  const bankId = await bankChoice(input.bankId, cityId)
  return {
    data: {
      ...(input.applicantType !== undefined ? { applicantType: input.applicantType } : {}),
      ...(input.category !== undefined ? { category: input.category } : {}),
      ...(input.city !== undefined ? { cityId } : {}),
      ...(input.amount !== undefined ? { amount: input.amount } : {}),
      ...(input.termMonths !== undefined ? { termMonths: input.termMonths } : {}),
      ...(bankId !== undefined ? { bankId } : {}),
      details: details as Prisma.InputJsonValue,
      ...sealPersonal(personal),
    },
    personal,
  }
}

/** POST /api/loans — a draft, prefilled from the case when one is named. */
export async function createLoan(user: PublicUser, input: LoanDraftInput): Promise<{ id: string, status: 'DRAFT' }> {
  const data = await loanData()
  const rules = rulesOf(data, null)
  const fill = input.caseId ? await prefillFromCase(user, input.caseId, rules) : { values: {}, prefilled: [] as string[] }
  const mine = touched(input)
  const merged: LoanDraftInput = { ...fill.values, ...input, business: { ...fill.values.business, ...input.business } }
  const { data: changes } = await draftChanges(merged, { details: {}, personal: {}, cityId: null })
  try {
    return await prisma.$transaction(async (tx) => {
      const row = await tx.loanApplication.create({
        data: { applicantId: user.id, caseId: input.caseId ?? null, prefilled: fill.prefilled.filter(k => !mine.includes(k)), ...changes } as Prisma.LoanApplicationUncheckedCreateInput,
        select: { id: true },
      })
      await loanEvent(tx, row.id, { action: 'draft_created', to: 'DRAFT', actorId: user.id, payload: { role: 'APPLICANT', ...(input.caseId ? { caseId: input.caseId } : {}) } })
      await ensureHeldDocuments(tx, row.id)
      if (input.caseId) {
        await setStage(tx, input.caseId, 'FINANCING', 'start', user.id)
        await caseActivity(tx, input.caseId, { action: 'loan_started', actorId: user.id, payload: { loanId: row.id } })
      }
      return { id: row.id, status: 'DRAFT' as const }
    })
  }
  catch (error) {
    if (isUniqueViolation(error)) throw new AppError('loan_open')
    throw error
  }
}

async function ownApplication(tx: Tx, user: PublicUser, id: string): Promise<ApplicationRow> {
  const { role } = await loanFor(tx, user, id)
  if (role !== 'applicant') throw new AppError('forbidden')
  return tx.loanApplication.findUniqueOrThrow({ where: { id }, select: applicationSelect })
}

/** PATCH /api/loans/:id — the applicant changes a draft, or a returned application; 409 `loan_conflict` when saved elsewhere since `baseRevision`. */
export async function updateLoan(user: PublicUser, id: string, input: LoanPatchInput): Promise<{ id: string, revision: number }> {
  const { baseRevision, ...fields } = input
  return prisma.$transaction(async (tx) => {
    const row = await ownApplication(tx, user, id)
    if (row.status !== 'DRAFT' && row.status !== 'RETURNED') throw new AppError('invalid_transition')
    const { data } = await draftChanges(fields, { details: detailsOf(row), personal: readPersonal(row.personalEnc), cityId: row.cityId })
    const mine = touched(fields)
    const done = await tx.loanApplication.updateMany({
      where: { id, revision: baseRevision, status: row.status },
      data: { ...data, prefilled: row.prefilled.filter(k => !mine.includes(k)), revision: { increment: 1 } } as Prisma.LoanApplicationUncheckedUpdateManyInput,
    })
    if (!done.count) throw new AppError('loan_conflict')
    await ensureHeldDocuments(tx, id)
    await loanEvent(tx, id, { action: 'draft_saved', actorId: user.id, payload: { role: 'APPLICANT', fields: mine } })
    return { id, revision: baseRevision + 1 }
  })
}

/** The candidate for the full schema, from the saved draft. */
function candidate(row: ApplicationRow, personal: Personal): Record<string, unknown> {
  const d = detailsOf(row)
  return {
    applicantType: row.applicantType,
    ...(row.applicantType !== 'ENTERPRISE' ? { category: row.category ?? undefined } : { staff: d.staff, arrears: d.arrears }),
    ...(row.applicantType === 'PARTNERSHIP' ? { partners: personal.partners ?? [] } : {}),
    realName: personal.realName, idNumber: personal.idNumber, phone: personal.phone,
    amount: row.amount ?? undefined, termMonths: row.termMonths ?? undefined, purpose: d.purpose,
    business: { ...d.business, openedOn: d.business?.openedOn ?? null, plannedOn: d.business?.plannedOn ?? null },
  }
}

/**
 * Everything a submission needs, named at once: the fields (the full schema against the rules
 * of the day), the city and earlier loans, the documents; then eligibility under those rules.
 */
function checkComplete(row: ApplicationRow, personal: Personal, rules: LoanRuleSet, missingDocs: string[]) {
  const parsed = loanApplicationSchema(rules).safeParse(candidate(row, personal))
  const fields: Record<string, 'validation.required' | 'validation.documentMissing'> = {}
  if (!row.cityId) fields.city = 'validation.required'
  if (!detailsOf(row).earlierLoans) fields.earlierLoans = 'validation.required'
  for (const code of missingDocs) fields[`documents.${code}`] = 'validation.documentMissing'
  if (!parsed.success) {
    // the zod messages, each named by its rule, plus the fields above
    const error = parsed.error
    for (const [k, v] of Object.entries(fields)) error.issues.push({ code: 'custom', message: v, path: k.split('.'), input: undefined })
    throw error
  }
  if (Object.keys(fields).length) throw new AppError('validation', fields)
  return parsed.data
}

/** POST /api/loans/:id/submit — submits a draft, or resubmits a returned application to the step that returned it. */
export async function submitLoan(user: PublicUser, id: string): Promise<{ id: string, status: string }> {
  const data = await loanData()
  const first = await prisma.loanApplication.findUnique({ where: { id }, select: { status: true } })
  if (first?.status === 'RETURNED') return resubmitLoan(user, id)
  try {
    return await prisma.$transaction(async (tx) => {
      const row = await ownApplication(tx, user, id)
      if (row.status !== 'DRAFT') throw new AppError('invalid_transition')
      const rules = rulesOf(data, null)
      const personal = readPersonal(row.personalEnc)
      await ensureHeldDocuments(tx, id)
      const application = checkComplete(row, personal, rules, await missingDocuments(tx, id, row, rules))
      const d = detailsOf(row)
      const today = zonedDate(new Date())
      const birth = birthDateOfIdNumber(application.idNumber)
      const city = (await referenceData()).cities.find(c => c.id === row.cityId)!
      const check = preCheck({
        ...(application.applicantType === 'ENTERPRISE'
          ? { applicantType: 'ENTERPRISE', staff: application.staff, arrears: application.arrears }
          : application.applicantType === 'PARTNERSHIP'
            ? { applicantType: 'PARTNERSHIP', category: application.category, age: birth ? ageOn(birth, today) : 0, partnerCount: application.partners.length + 1 }
            : { applicantType: 'INDIVIDUAL', category: application.category, age: birth ? ageOn(birth, today) : 0 }),
        city: city.parent ?? city.code,
        amount: application.amount,
        existingLoans: (d.existingLoans ?? []) as never,
        earlierLoans: d.earlierLoans!,
        waivers: (d.waivers ?? []) as never,
      } as Parameters<typeof preCheck>[0], rules)
      if (!check.eligible) {
        const reasons = { 'zh-CN': check.reasons.map(r => r.text['zh-CN']).join('；'), 'en': check.reasons.map(r => r.text.en).join('; ') }
        throw new AppError('loan_not_eligible', undefined, { reasons }, {}, { reasons: check.reasons })
      }
      const now = new Date()
      const done = await tx.loanApplication.updateMany({
        where: { id, status: 'DRAFT', revision: row.revision },
        data: { status: 'SUBMITTED', submittedAt: now, ruleVersion: rules.version, idHash: idHashOf(application.idNumber), revision: { increment: 1 } },
      })
      if (!done.count) throw new AppError('invalid_transition')
      await loanEvent(tx, id, { action: 'submit', from: 'DRAFT', to: 'SUBMITTED', actorId: user.id, payload: { role: 'APPLICANT', ruleVersion: rules.version } })
      const progress = await refreshApplication(tx, id, { amount: application.amount }, rules, data.calendar)
      const clock = stepClocks(progress, now, data.calendar, rules).steps.find(s => s.step === 'ELIGIBILITY')!
      const a = await tx.loanApplication.findUniqueOrThrow({ where: { id }, select: mailSubjectSelect })
      const due = { 'zh-CN': { due: formatCalendarDate(clock.dueOn!, 'zh-CN'), days: clock.limitDays }, 'en': { due: formatCalendarDate(clock.dueOn!, 'en'), days: clock.limitDays } }
      await tell(tx, a, [await applicantOf(tx, a)], 'submitted', baseVars(a, due))
      await tell(tx, a, await reviewersOf(tx, a, 'STAFF'), 'toReview', mergeVars(baseVars(a, due), stepVars('ELIGIBILITY')))
      if (row.caseId) await caseActivity(tx, row.caseId, { action: 'loan_submitted', actorId: user.id, payload: { loanId: id, amount: application.amount } })
      return { id, status: 'SUBMITTED' }
    }, { isolationLevel: Prisma.TransactionIsolationLevel.ReadCommitted })
  }
  catch (error) {
    if (isUniqueViolation(error)) throw new AppError('loan_open')
    throw error
  }
}

/** A returned application goes back to the step that returned it, once every document asked for is uploaded again. */
async function resubmitLoan(user: PublicUser, id: string): Promise<{ id: string, status: string }> {
  const data = await loanData()
  return prisma.$transaction(async (tx) => {
    const row = await ownApplication(tx, user, id)
    if (row.status !== 'RETURNED') throw new AppError('invalid_transition')
    const rules = rulesOf(data, row.ruleVersion)
    const personal = readPersonal(row.personalEnc)
    checkComplete(row, personal, rules, await missingDocuments(tx, id, row, rules))
    const now = new Date()
    const history = historyOf(await loadHistory(tx, id))
    const progress = loanProgress({ amount: row.amount!, history }, rules)
    const returned = progress.steps.filter(s => s.state === 'RETURNED')
    const done = await tx.loanApplication.updateMany({ where: { id, status: 'RETURNED', revision: row.revision }, data: { revision: { increment: 1 } } })
    if (!done.count) throw new AppError('invalid_transition')
    await loanEvent(tx, id, { action: 'resubmit', from: 'RETURNED', to: returned.some(s => s.step === 'ELIGIBILITY') ? 'ELIGIBILITY' : 'DUE_DILIGENCE', actorId: user.id, payload: { role: 'APPLICANT', steps: returned.map(s => s.step) } })
    const after = await refreshApplication(tx, id, { amount: row.amount! }, rules, data.calendar)
    const clocks = stepClocks(after, now, data.calendar, rules).steps
    const a = await tx.loanApplication.findUniqueOrThrow({ where: { id }, select: mailSubjectSelect })
    for (const s of returned) {
      const due = clocks.find(c => c.step === s.step)!.dueOn
      const vars = mergeVars(baseVars(a, { 'zh-CN': { due: due ? formatCalendarDate(due, 'zh-CN') : '—' }, 'en': { due: due ? formatCalendarDate(due, 'en') : '—' } }), stepVars(s.step))
      await tell(tx, a, await reviewersOf(tx, a, STEP_REVIEWER[s.step]), 'resubmitted', vars)
    }
    return { id, status: after.status }
  })
}

/** POST /api/loans/:id/withdraw — the applicant withdraws before a final decision (a draft is simply discarded). */
export async function withdrawLoan(user: PublicUser, id: string, reason: string | null): Promise<{ id: string, status: 'WITHDRAWN' }> {
  const data = await loanData()
  return prisma.$transaction(async (tx) => {
    const row = await ownApplication(tx, user, id)
    if (row.status === 'DRAFT') {
      const done = await tx.loanApplication.updateMany({ where: { id, status: 'DRAFT' }, data: { status: 'WITHDRAWN', revision: { increment: 1 } } })
      if (!done.count) throw new AppError('invalid_transition')
      await loanEvent(tx, id, { action: 'draft_discarded', from: 'DRAFT', to: 'WITHDRAWN', actorId: user.id, reason, payload: { role: 'APPLICANT' } })
      return { id, status: 'WITHDRAWN' as const }
    }
    const rules = rulesOf(data, row.ruleVersion)
    const facts = loanFacts({ amount: row.amount!, history: historyOf(await loadHistory(tx, id)) }, null, rules)
    if (loanLifecycle.refusal('withdraw', row.status, lifecycleRole('applicant'), facts)) throw new AppError('invalid_transition')
    const done = await tx.loanApplication.updateMany({ where: { id, status: row.status, revision: row.revision }, data: { revision: { increment: 1 }, decidedAt: new Date() } })
    if (!done.count) throw new AppError('invalid_transition')
    await loanEvent(tx, id, { action: 'withdraw', from: row.status, to: 'WITHDRAWN', actorId: user.id, reason, payload: { role: 'APPLICANT', note: reason } })
    const progress = await refreshApplication(tx, id, { amount: row.amount! }, rules, data.calendar)
    const a = await tx.loanApplication.findUniqueOrThrow({ where: { id }, select: mailSubjectSelect })
    const reviewers = [...await reviewersOf(tx, a, 'STAFF'), ...(row.dueDiligenceFrom ? [...await reviewersOf(tx, a, 'GUARANTOR'), ...await reviewersOf(tx, a, 'BANK')] : [])]
    await tell(tx, a, reviewers, 'withdrawn', baseVars(a), { note: reason })
    if (row.caseId) await caseActivity(tx, row.caseId, { action: 'loan_withdrawn', actorId: user.id, payload: { loanId: id } })
    return { id, status: progress.status as 'WITHDRAWN' }
  })
}
