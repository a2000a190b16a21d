import type { ComputedRef, InjectionKey } from 'vue'
import type { PlanView } from '#shared/types/case'

/**
 * What the plan editor page (pages/cases/[id]/plan.vue) hands the panels it is made of
 * (components/case/CasePlan…): the editor and its grids, whether the plan is read-only, what every
 * section gets (the case, its comments, whether the viewer may add one) and the sections' numbers.
 * The page provides it once; each panel reads it with usePlanContext().
 */
export interface PlanEditorContext {
  editor: ReturnType<typeof usePlanEditor>
  grids: ReturnType<typeof usePlanGrids>
  readonly: ComputedRef<boolean>
  sectionProps: ComputedRef<{ caseId: string, comments: PlanView['comments'], canComment: boolean, latestVersion: number | null }>
  numbering: ComputedRef<string[]>
}

const planEditorKey: InjectionKey<PlanEditorContext> = Symbol('plan-editor')

export function providePlanContext(context: PlanEditorContext) {
  provide(planEditorKey, context)
  return context
}

/** The same, or null outside the plan editor page (a panel also shown read-only elsewhere). */
export function usePlanContextIfAny(): PlanEditorContext | null {
  return inject(planEditorKey, null)
}

export function usePlanContext() {
  const context = inject(planEditorKey)
  if (!context) throw new Error('usePlanContext() is for the panels of the plan editor page')
  return context
}

/** a rate typed in per cent ("1.5") as basis points (150); what is not a number is 0, which the schema's limits name */
export const percentToBp = (v: string) => Math.round((Number(v.replace(/[%\s]/g, '')) || 0) * 100)

/** The plan path a field's id names (`plan-marketing-price-discount`, `cell-workingCapital-ownerWage` → `workingCapital.ownerWage`): the key its problems are listed by. */
export const planFieldOf = (id: string) => id.replace(/^(?:plan|cell)-/, '').replace(/-/g, '.')

/** An amount typed with a minus sign: named as such, not as unreadable. */
export const NEGATIVE = /^\s*[-−－]/
