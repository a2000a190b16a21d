import type { LoanRuleSet } from '../data/loan-rules'
import type { LoanDecision, LoanRole, LoanStatusCode, LoanStepCode, LoanStepState } from './loan-codes'
import type { LoanStepProgress } from './loan-steps'

/**
 * The review steps of a loan application as a table (LOAN_STEP_TABLE, described in loan-steps.ts),
 * and the helpers that loan-steps.ts and loan-decisions.ts share: a step's row, whether a step is
 * with its reviewer, and the facts the lifecycle's guards read. loan-steps.ts re-exports it (with
 * `export *`, as plan.ts does its parts: Nuxt's auto-imports take one module per name that way).
 */

export interface LoanStepDef {
  step: LoanStepCode
  /** who may take each decision on this step */
  decisions: Readonly<Partial<Record<LoanDecision, LoanRole>>>
  /** the steps that must be done before this one opens */
  after: readonly LoanStepCode[]
  /** the step this one runs side by side with */
  parallelWith: LoanStepCode | null
}

export const LOAN_STEP_TABLE: readonly LoanStepDef[] = [
  { step: 'ELIGIBILITY', decisions: { approve: 'STAFF', return: 'STAFF', refuse: 'STAFF' }, after: [], parallelWith: null },
  { step: 'NOTICE', decisions: { approve: 'SYSTEM', refuse: 'STAFF' }, after: ['ELIGIBILITY'], parallelWith: null },
  { step: 'GUARANTOR', decisions: { approve: 'GUARANTOR', return: 'GUARANTOR', refuse: 'GUARANTOR' }, after: ['NOTICE'], parallelWith: 'BANK' },
  { step: 'BANK', decisions: { approve: 'BANK', return: 'BANK', refuse: 'BANK' }, after: ['NOTICE'], parallelWith: 'GUARANTOR' },
]

export const stepDef = (step: LoanStepCode) => LOAN_STEP_TABLE.find(d => d.step === step)!

/** What the lifecycle's guards read: the step being decided, every step's state, and whether this approval is the first of two. */
export interface LoanFacts {
  step: LoanStepCode | null
  steps: Readonly<Record<LoanStepCode, LoanStepState>>
  /** an approval now would be the maker's, waiting for a second officer */
  firstOfTwo: boolean
}

export const isOpen = (s: LoanStepState) => s === 'OPEN' || s === 'CHECKING'
export const deciding = (step: LoanStepCode) => (f: LoanFacts) => f.step === step && isOpen(f.steps[step])
export const UNDER_REVIEW: readonly LoanStatusCode[] = ['DUE_DILIGENCE', 'RETURNED']
export const BEFORE_DECISION: readonly LoanStatusCode[] = ['SUBMITTED', 'ELIGIBILITY', 'NOTICE', 'DUE_DILIGENCE', 'RETURNED']

/** The facts for deciding `step` (null: no step, the applicant's actions) given every step's progress. */
export function facts(steps: readonly LoanStepProgress[], step: LoanStepCode | null, amount: number, rules: LoanRuleSet): LoanFacts {
  const states = Object.fromEntries(steps.map(s => [s.step, s.state])) as Record<LoanStepCode, LoanStepState>
  const firstOfTwo = step !== null && rules.makerChecker.steps.includes(step) && amount > rules.makerChecker.aboveAmount && states[step] === 'OPEN'
  return { step, steps: states, firstOfTwo }
}
