import type { LoanRuleSet } from '../data/loan-rules'
import { loanText, loanTexts } from '../i18n/loans'
import type { AppLocale } from '../i18n/messages'
import type { Bilingual, LoanDecision, LoanRole, LoanStatusCode, LoanStepCode, RefusalReasonCode } from './loan-codes'
import { REFUSAL_REASONS } from './loan-codes'
import { formatYuan } from './money'
import { formatCalendarDate } from './format-time'
import { facts, isOpen, stepDef } from './loan-step-table'
import type { LoanApplicationState, LoanEvent } from './loan-steps'
import { loanLifecycle, loanProgress } from './loan-steps'
import type { CalendarInput } from './working-days'
import { dueClockOn } from './working-days'
import { zonedDate } from './zoned-time'

/**
 * The decisions on a loan application's review steps (approve | return | refuse), described in
 * loan-steps.ts: why a decision may not be taken now (`decisionProblem`), the decision as the
 * server takes it (`decide`), the codes a return may name and a refusal as the applicant reads it.
 * loan-steps.ts re-exports this module; the functions here read its lifecycle and replay
 * (loanLifecycle, loanProgress) only when called, so the two modules may import each other.
 */

export const DECISION_PROBLEMS = [
  'WRONG_ROLE', 'STEP_NOT_OPEN', 'DECISION_NOT_ALLOWED', 'MISSING_LIST_EMPTY', 'UNKNOWN_ITEM', 'NOTE_REQUIRED',
  'NEW_ITEMS_NEED_REASON', 'REASONS_REQUIRED', 'REFUSAL_TEXT_REQUIRED', 'SECOND_OFFICER_REQUIRED', 'NOTICE_NOT_OVER',
] as const
export type DecisionProblemCode = (typeof DECISION_PROBLEMS)[number]
export interface DecisionProblem { code: DecisionProblemCode, text: Bilingual, items?: string[] }

export interface DecisionInput {
  actor: { id: string | null, role: LoanRole }
  at: Date
  /** return: checklist codes, everything at once */
  missing?: readonly string[]
  /** return: free text (required with OTHER); refusal: the explanation */
  note?: string | null
  /** refusal */
  reasons?: readonly RefusalReasonCode[]
  /** a later return that asks for items the earlier ones did not list: why */
  newItemsWhy?: string | null
}

/** A refusal's explanation, and the reason a later return gives for new items, must be at least this long. */
export const REFUSAL_NOTE_MIN = 10
export const NEW_ITEMS_WHY_MIN = 4

/** The codes a return may name: the rule set's documents and its other return items. */
export function returnChecklist(rules: LoanRuleSet): { code: string, name: Bilingual }[] {
  return [...rules.documents.map(d => ({ code: d.code, name: d.name })), ...rules.returnItems]
}

const textLength = (s: string | null | undefined) => [...(s ?? '').trim()].length

/**
 * Why this decision may not be taken now, or null. Checks who may decide, that the step is
 * open, and the decision's own rules (one complete return list, reasons for a refusal, a second
 * officer above the maker-checker amount, the notice's full period). `calendar` counts the
 * notice's working days.
 */
export function decisionProblem(step: LoanStepCode, decision: LoanDecision, input: DecisionInput, application: LoanApplicationState, rules: LoanRuleSet, calendar: CalendarInput): DecisionProblem | null {
  const problem = (code: DecisionProblemCode, params: Parameters<typeof loanTexts>[1] = {}, items?: string[]): DecisionProblem =>
    ({ code, text: loanTexts(`problems.${code}`, params), ...(items ? { items } : {}) })
  const def = stepDef(step)
  const role = def.decisions[decision]
  if (!role) return problem('DECISION_NOT_ALLOWED', { 'zh-CN': { decision: loanText('zh-CN', `decisions.${decision}`) }, 'en': { decision: loanText('en', `decisions.${decision}`) } })
  if (role !== input.actor.role) return problem('WRONG_ROLE', { 'zh-CN': { role: loanText('zh-CN', `roles.${role}`) }, 'en': { role: loanText('en', `roles.${role}`) } })
  const p = loanProgress(application, rules)
  const s = p.steps.find(x => x.step === step)!
  const f = facts(p.steps, step, application.amount, rules)
  if (!isOpen(s.state) || !loanLifecycle.find(decision, p.status, role, f)) return problem('STEP_NOT_OPEN')

  if (decision === 'approve') {
    if (s.state === 'CHECKING' && s.makerId !== null && s.makerId === input.actor.id) {
      return problem('SECOND_OFFICER_REQUIRED', { amount: formatYuan(rules.makerChecker.aboveAmount, { dropZeroFen: true }) })
    }
    if (step === 'NOTICE') {
      const period = s.periods[s.periods.length - 1]!
      const clock = dueClockOn(zonedDate(period.from), rules.timeLimits.NOTICE, zonedDate(input.at), calendar)
      if (!clock.overdue) {
        return problem('NOTICE_NOT_OVER', { 'zh-CN': { date: formatCalendarDate(clock.dueOn, 'zh-CN') }, 'en': { date: formatCalendarDate(clock.dueOn, 'en') } })
      }
    }
    return null
  }

  if (decision === 'return') {
    const missing = [...new Set(input.missing ?? [])]
    if (!missing.length) return problem('MISSING_LIST_EMPTY')
    const checklist = returnChecklist(rules)
    const unknown = missing.filter(c => !checklist.some(i => i.code === c))
    if (unknown.length) return problem('UNKNOWN_ITEM', { items: unknown.join(', ') }, unknown)
    if (missing.includes('OTHER') && textLength(input.note) === 0) return problem('NOTE_REQUIRED')
    const asked = new Set(s.returns.flatMap(r => r.missing))
    const fresh = s.returns.length ? missing.filter(c => !asked.has(c)) : []
    if (fresh.length && textLength(input.newItemsWhy) < NEW_ITEMS_WHY_MIN) {
      const names = (l: AppLocale) => fresh.map(c => checklist.find(i => i.code === c)!.name[l]).join(l === 'en' ? ', ' : '、')
      return problem('NEW_ITEMS_NEED_REASON', { 'zh-CN': { items: names('zh-CN') }, 'en': { items: names('en') } }, fresh)
    }
    return null
  }

  const reasons = (input.reasons ?? []).filter(r => (REFUSAL_REASONS as readonly string[]).includes(r))
  if (!reasons.length) return problem('REASONS_REQUIRED')
  if (textLength(input.note) < REFUSAL_NOTE_MIN) return problem('REFUSAL_TEXT_REQUIRED', { min: REFUSAL_NOTE_MIN })
  return null
}

export type DecisionOutcome
  = | { problem: DecisionProblem }
    | { problem: null, event: LoanEvent, status: LoanStatusCode, awaitingSecondOfficer: boolean }

/**
 * A decision as the server takes it: the problem, or the event to record and the status it leads
 * to (guard the UPDATE with loanLifecycle.fromStatuses(decision, role)).
 */
export function decide(application: LoanApplicationState, step: LoanStepCode, decision: LoanDecision, input: DecisionInput, rules: LoanRuleSet, calendar: CalendarInput): DecisionOutcome {
  const problem = decisionProblem(step, decision, input, application, rules, calendar)
  if (problem) return { problem }
  const p = loanProgress(application, rules)
  const f = facts(p.steps, step, application.amount, rules)
  const rule = loanLifecycle.find(decision, p.status, input.actor.role, f)!
  const event: LoanEvent = {
    action: decision,
    step,
    at: input.at,
    actorId: input.actor.id,
    role: input.actor.role,
    ...(decision === 'return' ? { missing: [...new Set(input.missing ?? [])], note: input.note?.trim() || null, newItemsWhy: input.newItemsWhy?.trim() || null } : {}),
    ...(decision === 'refuse' ? { reasons: [...new Set(input.reasons ?? [])], note: input.note?.trim() || null } : {}),
  }
  return { problem: null, event, status: loanLifecycle.target(rule, p.status), awaitingSecondOfficer: decision === 'approve' && f.firstOfTwo }
}

/** A refusal as the applicant reads it: each reason with what to do next, and the reviewer's explanation. */
export function refusalView(reasons: readonly RefusalReasonCode[], note: string | null): { reasons: { code: RefusalReasonCode, name: Bilingual, next: Bilingual }[], note: string | null } {
  return {
    reasons: reasons.map(code => ({ code, name: loanTexts(`refusal.${code}.name`), next: loanTexts(`refusal.${code}.next`) })),
    note,
  }
}
