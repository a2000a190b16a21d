import type { PublicUser } from '#shared/types/user'
import type { CaseOutcomes, OutcomeFigure } from '#shared/utils/outcomes'
import { caseOutcomes, recordedFigures } from '#shared/utils/outcomes'
import { zonedDate } from '#shared/utils/zoned-time'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { caseFor } from './access'

/**
 * The figures StartHub recorded for cases (shared/utils/outcomes.ts): the opening, the answered
 * check-ins, loans paid out through StartHub and training certificates of the owner. Read by
 * success stories (their verified badge) and award rounds (eligibility); no access check here —
 * callers decide what a viewer may see, and only the figures leave, never the case.
 */
const outcomeSelect = {
  id: true, ownerId: true, openedOn: true, openingEmployees: true,
  checkIns: { where: { status: 'ANSWERED' }, select: { answeredAt: true, trading: true, employees: true } },
  loans: { where: { disbursedAmount: { not: null } }, select: { disbursedAmount: true } },
} satisfies Prisma.CaseSelect

export async function outcomesOfCases(caseIds: readonly string[], db: Prisma.TransactionClient = prisma, now = new Date()): Promise<Map<string, CaseOutcomes>> {
  const out = new Map<string, CaseOutcomes>()
  if (!caseIds.length) return out
  const cases = await db.case.findMany({ where: { id: { in: [...new Set(caseIds)] } }, select: outcomeSelect })
  const owners = [...new Set(cases.map(c => c.ownerId))]
  const certificates = owners.length
    ? await db.certificate.findMany({
        where: { revokedAt: null, enrolment: { userId: { in: owners } } },
        select: { enrolment: { select: { userId: true, programme: true } } },
      })
    : []
  const today = zonedDate(now)
  for (const c of cases) {
    out.set(c.id, caseOutcomes({
      openedOn: c.openedOn,
      openingEmployees: c.openingEmployees,
      checkIns: c.checkIns.filter(k => k.answeredAt).map(k => ({ answeredOn: zonedDate(k.answeredAt!), trading: k.trading, employees: k.employees })),
      loansDisbursed: c.loans.map(l => l.disbursedAmount ?? 0),
      trainingProgrammes: certificates.filter(x => x.enrolment.userId === c.ownerId && x.enrolment.programme).map(x => x.enrolment.programme!),
    }, today))
  }
  return out
}

/** GET /api/cases/:id/outcomes — what the case has recorded, for those who may see the case (a story's form offers these figures). */
export async function caseOutcomesFor(user: PublicUser, id: string): Promise<{ outcomes: CaseOutcomes, recorded: OutcomeFigure[] }> {
  await caseFor(prisma, user, id, { purpose: 'outcomes' })
  const outcomes = (await outcomesOfCases([id])).get(id)!
  return { outcomes, recorded: recordedFigures(outcomes) }
}
