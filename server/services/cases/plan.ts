import type { PublicUser } from '#shared/types/user'
import type { PlanView, FinancingView } from '#shared/types/case'
import type { BusinessPlan } from '#shared/schemas/plan'
import { businessPlanSchema } from '#shared/schemas/plan'
import type { PlanContext, PlanFinancials } from '#shared/utils/plan'
import { computePlan, emptyPlan, prefillPlan } from '#shared/utils/plan'
import { minimumWageOn } from '#shared/data/minimum-wages'
import { zonedDate } from '#shared/utils/zoned-time'
import type { AppLocale } from '#shared/i18n/messages'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { siteLink } from '../../mail/links'
import { enqueueMail, fromDbLocale } from '../mail'
import { caseFor } from './access'
import { caseActivity, setStage } from './commands'
import { renderPlanPdf } from './plan-pdf'
import { renderPlanXlsx } from './plan-xlsx'

/**
 * 方案设计: the case's business plan. The draft autosaves: each save names the revision it
 * started from and is refused with 409 `plan_conflict` when another tab saved in between (the
 * page offers the choice), never silently overwritten. Submitting freezes a version for the
 * adviser, who comments on its sections. Every save computes the financials (shared/utils/plan.ts,
 * the same module the form runs on every keystroke) and keeps the start-up money and the funding
 * gap on the plan, which the risk and financing stages depend on.
 */
type Tx = Prisma.TransactionClient

async function planContext(tx: Tx, caseId: string): Promise<PlanContext> {
  const c = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { city: { select: { code: true } }, project: { select: { paybackMonths: true } } } })
  return { minimumMonthlyWage: minimumWageOn(c.city?.code ?? null, zonedDate(new Date())), projectPaybackMonths: c.project?.paybackMonths }
}

/** A first plan: from the library project's figures (marked prefilled), or empty for an own idea. */
async function startingPlan(tx: Tx, caseId: string): Promise<{ plan: BusinessPlan, prefilled: string[] }> {
  const c = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { title: true, legalForm: true, category: { select: { code: true } }, project: { select: { investmentMin: true, investmentMax: true, monthlyCost: true } } },
  })
  if (!c.project) {
    const plan = emptyPlan(12)
    return { plan: { ...plan, organisation: { ...plan.organisation, legalForm: c.legalForm } }, prefilled: [] }
  }
  return prefillPlan({ ...c.project, categoryCode: c.category.code, legalForm: c.legalForm, title: c.title })
}

function facts(f: PlanFinancials): { startupTotal: number, fundingGap: number } {
  return { startupTotal: f.startUp.total, fundingGap: f.startUp.gap }
}

export async function getPlan(user: PublicUser, caseId: string): Promise<PlanView> {
  const { role } = await caseFor(prisma, user, caseId, { purpose: 'plan' })
  if (role === 'invited') throw new AppError('not_found')
  const [stored, versions, comments, context] = await Promise.all([
    prisma.businessPlan.findUnique({ where: { caseId }, select: { revision: true, data: true, prefilled: true } }),
    prisma.planVersion.findMany({ where: { caseId }, orderBy: { number: 'asc' }, select: { number: true, submittedAt: true, submittedById: true } }),
    prisma.caseComment.findMany({ where: { caseId }, orderBy: { createdAt: 'asc' }, select: { id: true, body: true, planVersion: true, section: true, resolvedAt: true, createdAt: true, author: { select: { name: true } } } }),
    planContext(prisma, caseId),
  ])
  const start = stored ? { plan: businessPlanSchema.parse(stored.data), prefilled: stored.prefilled } : await startingPlan(prisma, caseId)
  const names = new Map((await prisma.user.findMany({ where: { id: { in: versions.map(v => v.submittedById) } }, select: { id: true, name: true } })).map(u => [u.id, u.name]))
  return {
    revision: stored?.revision ?? 0,
    plan: start.plan,
    prefilled: start.prefilled,
    financials: computePlan(start.plan, context),
    versions: versions.map(v => ({ number: v.number, submittedAt: v.submittedAt.toISOString(), submittedBy: names.get(v.submittedById) ?? '' })),
    comments: comments.map(c => ({ id: c.id, author: c.author.name, body: c.body, planVersion: c.planVersion, section: c.section, resolved: !!c.resolvedAt, createdAt: c.createdAt.toISOString() })),
    editable: role === 'owner',
    context,
  }
}

/**
 * PUT /api/cases/:id/plan `{ baseVersion, plan, prefilled? }` → the saved plan, or 409
 * `plan_conflict` when the plan was saved elsewhere since `baseVersion`. The UPDATE itself is
 * guarded by the revision, so two concurrent saves on one base can never both win.
 */
export async function savePlan(user: PublicUser, caseId: string, input: { baseVersion: number, plan: BusinessPlan, prefilled?: string[] }): Promise<PlanView> {
  await prisma.$transaction(async (tx) => {
    const { role } = await caseFor(tx, user, caseId)
    if (role !== 'owner') throw new AppError(role === 'invited' ? 'not_found' : 'forbidden')
    const c = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { status: true } })
    if (c.status !== 'OPEN') throw new AppError('invalid_transition')
    const f = computePlan(input.plan, await planContext(tx, caseId))
    const data = input.plan as unknown as Prisma.InputJsonObject
    if (input.baseVersion === 0) {
      // the first save: a concurrent first save loses on the primary key
      const created = await tx.businessPlan.createMany({ data: [{ caseId, revision: 1, data, prefilled: input.prefilled ?? [], updatedById: user.id, ...facts(f) }], skipDuplicates: true })
      if (!created.count) throw new AppError('plan_conflict')
    }
    else {
      const done = await tx.businessPlan.updateMany({ where: { caseId, revision: input.baseVersion }, data: { data, revision: { increment: 1 }, updatedById: user.id, ...(input.prefilled ? { prefilled: input.prefilled } : {}), ...facts(f) } })
      if (!done.count) throw new AppError('plan_conflict')
    }
    await tx.case.update({ where: { id: caseId }, data: { lastActivityAt: new Date() } })
    await setStage(tx, caseId, 'PLAN', 'start', user.id)
  })
  return getPlan(user, caseId)
}

/** Freezes the current draft as the next version for the adviser's review; the plan stage is done. */
export async function submitPlanVersion(user: PublicUser, caseId: string): Promise<{ number: number }> {
  return prisma.$transaction(async (tx) => {
    const { role } = await caseFor(tx, user, caseId)
    if (role !== 'owner') throw new AppError(role === 'invited' ? 'not_found' : 'forbidden')
    const c = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { status: true, title: true, owner: { select: { name: true } }, adviser: { select: { name: true, email: true, locale: true } } } })
    const stored = await tx.businessPlan.findUnique({ where: { caseId }, select: { data: true, startupTotal: true } })
    if (c.status !== 'OPEN' || !stored) throw new AppError('invalid_transition')
    if (stored.startupTotal <= 0) throw new AppError('validation', { plan: 'validation.planNeedsCosts' })
    const last = await tx.planVersion.aggregate({ where: { caseId }, _max: { number: true } })
    const number = (last._max.number ?? 0) + 1
    await tx.planVersion.create({ data: { caseId, number, data: stored.data as Prisma.InputJsonObject, submittedById: user.id } })
    await caseActivity(tx, caseId, { action: 'plan_version', actorId: user.id, payload: { version: number } })
    await setStage(tx, caseId, 'PLAN', 'complete', user.id, { version: number })
    if (c.adviser) {
      const locale = fromDbLocale(c.adviser.locale)
      await enqueueMail(tx, { to: c.adviser.email, locale, template: 'planSubmitted', params: { name: c.adviser.name, ownerName: c.owner.name, title: c.title, version: number, url: siteLink(locale, `/cases/${caseId}/plan`) } })
    }
    return { number }
  })
}

/** The plan (a frozen version, or the draft) as a 创业计划书 PDF or its tables as XLSX. */
export async function planDocument(user: PublicUser, caseId: string, kind: 'pdf' | 'xlsx', opts: { version?: number, locale: AppLocale }): Promise<{ body: Buffer, filename: string }> {
  const { role } = await caseFor(prisma, user, caseId, { purpose: `plan.${kind}` })
  if (role === 'invited') throw new AppError('not_found')
  const c = await prisma.case.findUniqueOrThrow({ where: { id: caseId }, select: { title: true, owner: { select: { name: true } } } })
  let data: unknown
  let version = 0
  let date = new Date()
  if (opts.version) {
    const v = await prisma.planVersion.findUnique({ where: { caseId_number: { caseId, number: opts.version } }, select: { data: true, submittedAt: true } })
    if (!v) throw new AppError('not_found')
    data = v.data
    version = opts.version
    date = v.submittedAt
  }
  else {
    const stored = await prisma.businessPlan.findUnique({ where: { caseId }, select: { data: true, updatedAt: true } })
    data = stored?.data ?? (await startingPlan(prisma, caseId)).plan
    date = stored?.updatedAt ?? date
  }
  const plan = businessPlanSchema.parse(data)
  const meta = { title: c.title, author: c.owner.name, version, date, locale: opts.locale }
  const body = kind === 'pdf' ? await renderPlanPdf(plan, meta) : await renderPlanXlsx(plan, meta)
  return { body, filename: `business-plan${version ? `-v${version}` : ''}.${kind}` }
}

/** GET /api/cases/:id/financing — the plan's funding need and gap, and where to look for money. */
export async function financingSummary(user: PublicUser, caseId: string): Promise<FinancingView> {
  const plan = await getPlan(user, caseId)
  const c = await prisma.case.findUniqueOrThrow({ where: { id: caseId }, select: { city: { select: { code: true } } } })
  const s = plan.financials.startUp
  const city = c.city?.code ?? null
  return {
    startupTotal: s.total, gap: s.gap, funding: s.funding,
    policyQueries: [{ tag: '创业担保贷款', city }, { tag: '资金补贴', city }],
    ready: s.total > 0,
  }
}

export type { PlanView, FinancingView }
