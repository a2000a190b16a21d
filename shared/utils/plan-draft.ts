import type { BusinessPlan } from '../schemas/plan'

type Node = Record<string | number, unknown>
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null

/**
 * What can be saved of a draft whose fields at `paths` break a rule: each such field put back to
 * its value in the saved plan (left out where the saved plan has none). A list with a problem in
 * one of its items is put back whole: its items have no identity to match them by, and mixing an
 * edited item with a saved one would save something nobody typed.
 */
export function savablePart(draft: BusinessPlan, saved: BusinessPlan, paths: readonly (readonly PropertyKey[])[]): BusinessPlan {
  const out = JSON.parse(JSON.stringify(draft)) as Node
  for (const path of paths) {
    let target: Node = out
    let source: unknown = saved
    for (let i = 0; i < path.length; i++) {
      const key = path[i] as string | number
      const next = target[key]
      const from = isNode(source) ? source[key] : undefined
      if (i === path.length - 1 || Array.isArray(next) || !isNode(next)) {
        if (from === undefined) Reflect.deleteProperty(target, key)
        else target[key] = JSON.parse(JSON.stringify(from))
        break
      }
      target = next
      source = from
    }
  }
  return out as unknown as BusinessPlan
}
