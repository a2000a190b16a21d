import type { PublicUser } from '#shared/types/user'
import type { RiskView } from '#shared/types/case'
import type { AppLocale } from '#shared/i18n/messages'
import type { RiskAnswers } from '#shared/schemas/risk'
import { businessPlanSchema } from '#shared/schemas/plan'
import type { RiskAssessmentResult, RiskSignals } from '#shared/utils/risk'
import { compareAssessments, planSignals, riskHowScored, scoreRiskAssessment } from '#shared/utils/risk'
import { computePlan } from '#shared/utils/plan'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { caseFor } from './access'
import { caseActivity, setStage } from './commands'
import { STAGE_RULES } from './rules'
import { caseFacts } from './queries'

/**
 * 风险评估: about 30 questions over five dimensions (shared/data/risk-assessment.ts) plus the
 * signals the plan itself gives (negative-cash months, the reserve, payback, the loan's share of
 * the start-up money) and the library project's own risk factors. Retaking keeps the history
 * and shows what changed.
 */

const rowSelect = { id: true, createdAt: true, answers: true, signals: true } satisfies Prisma.RiskAssessmentSelect
type Row = Prisma.RiskAssessmentGetPayload<{ select: typeof rowSelect }>
interface Where { category: string, city: string | null }

/** The result of a stored assessment, scored again in the reader's language (the scoring is deterministic). */
function toResult(r: Row, where: Where, locale: AppLocale): RiskAssessmentResult {
  return scoreRiskAssessment(r.answers as RiskAnswers, r.signals as unknown as RiskSignals, { ...where, locale })
}

/** `owner`: the answers go with the result, so a retake starts from them; the adviser and staff read results only. */
function toView(r: Row, previous: Row | undefined, where: Where, locale: AppLocale, owner: boolean): RiskView {
  const result = toResult(r, where, locale)
  return {
    ...result, id: r.id, createdAt: r.createdAt.toISOString(), howScored: riskHowScored(locale), signals: r.signals as unknown as RiskSignals,
    changes: previous ? compareAssessments(toResult(previous, where, locale), result) : null,
    answers: owner ? { ...(r.answers as RiskAnswers) } : null,
  }
}

async function whereOf(caseId: string): Promise<Where> {
  const c = await prisma.case.findUniqueOrThrow({ where: { id: caseId }, select: { category: { select: { code: true } }, city: { select: { code: true } } } })
  return { category: c.category.code, city: c.city?.code ?? null }
}

/** GET /api/cases/:id/risk-assessment — every assessment of the case, the latest first. */
export async function listAssessments(user: PublicUser, caseId: string, locale: AppLocale): Promise<RiskView[]> {
  const { role } = await caseFor(prisma, user, caseId, { purpose: 'risk' })
  if (role === 'invited') throw new AppError('not_found')
  const [rows, where] = await Promise.all([prisma.riskAssessment.findMany({ where: { caseId }, orderBy: { createdAt: 'desc' }, select: rowSelect }), whereOf(caseId)])
  return rows.map((r, i) => toView(r, rows[i + 1], where, locale, role === 'owner'))
}

/**
 * POST /api/cases/:id/risk-assessment `{ answers }` → `{ score, band, dimensions, advice, … }`.
 * It needs the plan's start-up costs (the stage cannot start before); the advice is written in
 * the request's language with links that work today.
 */
export async function assessRisk(user: PublicUser, caseId: string, answers: RiskAnswers, locale: AppLocale): Promise<RiskView> {
  return prisma.$transaction(async (tx) => {
    const { role } = await caseFor(tx, user, caseId)
    if (role !== 'owner') throw new AppError(role === 'invited' ? 'not_found' : 'forbidden')
    const c = await tx.case.findUniqueOrThrow({
      where: { id: caseId },
      select: { status: true, openedOn: true, category: { select: { code: true } }, city: { select: { code: true } }, project: { select: { riskFactors: true, paybackMonths: true } }, plan: { select: { startupTotal: true, data: true } } },
    })
    if (c.status !== 'OPEN') throw new AppError('invalid_transition')
    if (STAGE_RULES.RISK.blockedBy(caseFacts(c)) || !c.plan) throw new AppError('invalid_transition')
    const f = computePlan(businessPlanSchema.parse(c.plan.data), { projectPaybackMonths: c.project?.paybackMonths })
    const signals = planSignals(f, c.project?.riskFactors ?? [])
    const where = { category: c.category.code, city: c.city?.code ?? null }
    const result = scoreRiskAssessment(answers, signals, { ...where, locale })
    const json = (v: unknown) => v as Prisma.InputJsonValue
    const row = await tx.riskAssessment.create({
      data: { caseId, authorId: user.id, answers: json(answers), signals: json(signals), score: result.score, band: result.band, dimensions: json(result.dimensions), advice: json(result.advice) },
      select: rowSelect,
    })
    const previous = await tx.riskAssessment.findFirst({ where: { caseId, id: { not: row.id } }, orderBy: { createdAt: 'desc' }, select: rowSelect })
    await caseActivity(tx, caseId, { action: 'risk_assessed', actorId: user.id, payload: { score: result.score, band: result.band } })
    await setStage(tx, caseId, 'RISK', 'complete', user.id)
    return toView(row, previous ?? undefined, where, locale, true)
  })
}

export type { RiskView }
export { planSignals }
