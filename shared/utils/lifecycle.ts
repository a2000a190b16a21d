/**
 * A lifecycle as a table. Each row says: this action, by these roles, from these statuses,
 * (optionally) only when this guard holds, leads to that status (or keeps it). The actions a
 * record offers to the page and the check each command makes are read from the same rows, so
 * they cannot drift apart. Pure: no I/O, unit-tested per domain (tests/unit/*-rules.test.ts).
 *
 * Several rows may share an action (e.g. the entrepreneur may cancel a pending or an accepted
 * booking, the mentor only an accepted one); the first row that fits decides.
 */
export interface LifecycleRule<S extends string, A extends string, R extends string, C> {
  action: A
  by: readonly R[]
  from: readonly S[]
  /** the status after the action; omitted: unchanged */
  to?: S
  /** the name of the event it records (server/utils/events.ts), e.g. `accepted` */
  event: string
  /** a condition on the record beyond its status (started, expired, already rated…) */
  when?: (ctx: C) => boolean
  /** false for actions the system takes (expiry, archiving): never offered as a button */
  offered?: boolean
}

/** Why an action may not be taken: the role never may (`forbidden`), or not in this state (`invalid_transition`). */
export type LifecycleRefusal = 'forbidden' | 'invalid_transition'

export interface Lifecycle<S extends string, A extends string, R extends string, C> {
  rules: readonly LifecycleRule<S, A, R, C>[]
  /** the row that allows this action now, or null */
  find: (action: A, status: S, role: R, ctx: C) => LifecycleRule<S, A, R, C> | null
  /** the actions this role may take now, in table order, each once */
  actionsFor: (status: S, role: R, ctx: C) => A[]
  /** null when allowed; otherwise why not */
  refusal: (action: A, status: S, role: R, ctx: C) => LifecycleRefusal | null
  /** the statuses an action may start from for a role (for a guarded UPDATE … WHERE status IN …) */
  fromStatuses: (action: A, role: R) => S[]
  /** where the action leads from a status (the row's `to`, else the same status) */
  target: (rule: LifecycleRule<S, A, R, C>, status: S) => S
}

export function defineLifecycle<S extends string, A extends string, R extends string, C = void>(rules: readonly LifecycleRule<S, A, R, C>[]): Lifecycle<S, A, R, C> {
  const find = (action: A, status: S, role: R, ctx: C) =>
    rules.find(r => r.action === action && r.by.includes(role) && r.from.includes(status) && (!r.when || r.when(ctx))) ?? null
  return {
    rules,
    find,
    actionsFor: (status, role, ctx) => {
      const out: A[] = []
      for (const r of rules) {
        if (r.offered === false || out.includes(r.action)) continue
        if (find(r.action, status, role, ctx)) out.push(r.action)
      }
      return out
    },
    refusal: (action, status, role, ctx) => {
      if (find(action, status, role, ctx)) return null
      return rules.some(r => r.action === action && r.by.includes(role)) ? 'invalid_transition' : 'forbidden'
    },
    fromStatuses: (action, role) => [...new Set(rules.filter(r => r.action === action && r.by.includes(role)).flatMap(r => r.from))],
    target: (rule, status) => rule.to ?? status,
  }
}
