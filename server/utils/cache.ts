import { listenerStarted, onSignal, signal, signalsReachUs } from './notify'

/**
 * A value loaded from the database and kept in the process for a while: read again at most once
 * per `ttlMs`, or at once after `forget()` (called by whatever changes it). A failed load is not
 * kept, so the next call tries again.
 *
 * With a `channel`, forget() reaches every server instance: it is a signal on PostgreSQL
 * LISTEN/NOTIFY (server/utils/notify.ts), and database triggers send the same signal when the
 * tables behind it change by another route. Other instances drop their copy when the signal
 * arrives (milliseconds). While a server's listener is not connected, its copy is kept at most
 * FALLBACK_TTL_MS, so a change is seen within about a second even then.
 */
export interface Cached<T> {
  get: () => Promise<T>
  forget: () => void
}

export const FALLBACK_TTL_MS = 1000

export function cached<T>(load: () => Promise<T>, ttlMs: number, channel?: string): Cached<T> {
  let entry: { at: number, value: Promise<T> } | null = null
  const drop = () => {
    entry = null
  }
  if (channel) onSignal(channel, drop)
  const ttl = () => (channel && listenerStarted() && !signalsReachUs() ? Math.min(ttlMs, FALLBACK_TTL_MS) : ttlMs)
  return {
    get() {
      if (entry && Date.now() - entry.at < ttl()) return entry.value
      const value = load()
      const mine = { at: Date.now(), value }
      entry = mine
      value.catch(() => {
        if (entry === mine) entry = null
      })
      return value
    },
    forget() {
      drop()
      if (channel) signal(channel)
    },
  }
}
