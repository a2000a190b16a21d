/**
 * A value loaded from the database and kept in the process for a while: read again at most once
 * per `ttlMs`, or at once after `forget()` (called by whatever changes it). A failed load is not
 * kept, so the next call tries again. Other processes see a change within `ttlMs`.
 */
export interface Cached<T> {
  get: () => Promise<T>
  forget: () => void
}

export function cached<T>(load: () => Promise<T>, ttlMs: number): Cached<T> {
  let entry: { at: number, value: Promise<T> } | null = null
  return {
    get() {
      if (entry && Date.now() - entry.at < ttlMs) return entry.value
      const value = load()
      const mine = { at: Date.now(), value }
      entry = mine
      value.catch(() => {
        if (entry === mine) entry = null
      })
      return value
    },
    forget() {
      entry = null
    },
  }
}
