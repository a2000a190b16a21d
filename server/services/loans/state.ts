import type { LoanRuleSet } from '#shared/data/loan-rules'
import type { LoanAction, LoanRole, LoanStepCode, RefusalReasonCode } from '#shared/utils/loan-codes'
import { LOAN_ACTIONS } from '#shared/utils/loan-codes'
import type { LoanApplicationState, LoanEvent, LoanProgress } from '#shared/utils/loan-steps'
import { loanProgress, stepClocks } from '#shared/utils/loan-steps'
import type { CalendarInput } from '#shared/utils/working-days'
import type { LoanStatus } from '../../generated/prisma/enums'
import type { Prisma } from '../../generated/prisma/client'
import { recordEvent } from '../../utils/events'

/**
 * An application's state is its history: the LoanEvent rows whose action is a lifecycle action
 * (shared/utils/loan-steps.ts replays them). Other rows (a draft saved, a document added, a
 * reveal) are on the same timeline but do not move the application. After every change the
 * queue columns (open steps, each one's due day, the earliest) are written from the replay, so
 * lists sort and filter on stored columns and never replay a history per row.
 */
type Tx = Prisma.TransactionClient

/** What a lifecycle row's payload holds. Never personal numbers. */
export interface LoanEventPayload {
  step?: LoanStepCode | null
  role: LoanRole
  missing?: string[]
  note?: string | null
  reasons?: RefusalReasonCode[]
  newItemsWhy?: string | null
  [key: string]: unknown
}

export interface LoanEventRow { action: string, actorId: string | null, payload: Prisma.JsonValue, createdAt: Date }

const LIFECYCLE = new Set<string>(LOAN_ACTIONS)

export function historyOf(rows: readonly LoanEventRow[]): LoanEvent[] {
  return rows.filter(r => LIFECYCLE.has(r.action)).map((r) => {
    const p = (r.payload ?? {}) as unknown as LoanEventPayload
    return {
      action: r.action as LoanAction,
      step: p.step ?? null,
      at: r.createdAt,
      actorId: r.actorId,
      role: p.role,
      missing: p.missing,
      note: p.note ?? null,
      reasons: p.reasons,
      newItemsWhy: p.newItemsWhy ?? null,
    }
  })
}

export async function loadHistory(tx: Tx, applicationId: string): Promise<LoanEventRow[]> {
  return tx.loanEvent.findMany({ where: { applicationId }, orderBy: { id: 'asc' }, select: { action: true, actorId: true, payload: true, createdAt: true } })
}

/** A lifecycle event (or any other), written in the caller's transaction. */
export async function loanEvent(tx: Tx, applicationId: string, e: { action: string, from?: LoanStatus | null, to?: LoanStatus | null, actorId: string | null, reason?: string | null, payload: LoanEventPayload | Record<string, unknown> }): Promise<void> {
  await recordEvent(tx, 'loan', applicationId, { action: e.action, from: e.from ?? null, to: e.to ?? null, actorId: e.actorId, reason: e.reason ?? null, payload: e.payload as Prisma.InputJsonValue })
}

/** The open steps, each one's due day and the earliest, as of now: the queue columns. */
export function queueColumns(progress: LoanProgress, now: Date, calendar: CalendarInput, rules: LoanRuleSet): { openSteps: LoanStepCode[], stepDue: Record<string, string>, dueOn: string | null } {
  const clocks = stepClocks(progress, now, calendar, rules)
  const running = clocks.steps.filter(c => c.dueOn !== null && !c.done && !c.paused)
  const stepDue = Object.fromEntries(running.map(c => [c.step, c.dueOn!]))
  const dueOn = running.map(c => c.dueOn!).sort()[0] ?? null
  return { openSteps: running.map(c => c.step), stepDue, dueOn }
}

/** Replays an application and writes its status and queue columns (after a lifecycle event). */
export async function refreshApplication(tx: Tx, id: string, state: Omit<LoanApplicationState, 'history'>, rules: LoanRuleSet, calendar: CalendarInput): Promise<LoanProgress> {
  const history = historyOf(await loadHistory(tx, id))
  const progress = loanProgress({ ...state, history }, rules)
  const cols = queueColumns(progress, new Date(), calendar, rules)
  await tx.loanApplication.update({ where: { id }, data: { status: progress.status, openSteps: cols.openSteps, stepDue: cols.stepDue, dueOn: cols.dueOn } })
  return progress
}
