import pg from 'pg'
import { prisma } from './prisma'
import { log } from './log'

/**
 * Signals between the server instances over PostgreSQL LISTEN/NOTIFY, on one channel whose
 * payload names what changed (a cache: `reference`, `loans`). Each server process holds one
 * dedicated connection that LISTENs (started by server/plugins/notify.ts), reconnecting with
 * backoff. A signal is sent with pg_notify on the shared pool; PostgreSQL delivers it at commit
 * to every listening process, this one included. Triggers in the database send the same
 * signal when reference tables change by any route (the seed, psql).
 *
 * While this process is not listening (starting, or the connection is lost), `listening()` is
 * false and cached() falls back to a short TTL; when listening starts again every handler runs
 * once, since signals sent meanwhile were missed. Scripts and tests that import services never
 * start the listener: their caches keep their own TTL, as before.
 */
export const SIGNAL_CHANNEL = 'starthub_signal'

type Handler = () => void
const handlers = new Map<string, Set<Handler>>()

type State = 'off' | 'connecting' | 'listening'
let state: State = 'off'

/** Runs `handler` whenever `name` is signalled (by this process or another); returns the unsubscribe. */
export function onSignal(name: string, handler: Handler): () => void {
  let set = handlers.get(name)
  if (!set) handlers.set(name, set = new Set())
  set.add(handler)
  return () => set.delete(handler)
}

function fire(name: string): void {
  for (const h of handlers.get(name) ?? []) h()
}

/** True when signals from other processes reach this one now. */
export function signalsReachUs(): boolean {
  return state === 'listening'
}

/** Whether the listener was started in this process (the server) at all. */
export function listenerStarted(): boolean {
  return state !== 'off'
}

/**
 * Tells every process (this one at once) that `name` changed. Call it after the change is
 * committed; a failure is logged, and the others then see the change within their fallback TTL.
 */
export function signal(name: string): void {
  fire(name)
  if (state === 'off') return
  prisma.$executeRaw`SELECT pg_notify(${SIGNAL_CHANNEL}, ${name})`.catch((error: unknown) => {
    log.warn('signal not sent; other instances see the change within their fallback TTL', { signal: name, error: String(error) })
  })
}

/** Starts listening (once per process); returns a function that stops it. */
export function startListening(connectionString: string): () => Promise<void> {
  if (state !== 'off') return async () => {}
  state = 'connecting'
  let stopped = false
  let client: pg.Client | null = null
  let delay = 500
  let timer: NodeJS.Timeout | null = null

  const retry = () => {
    if (stopped || timer) return
    timer = setTimeout(() => {
      timer = null
      void connect()
    }, delay)
    timer.unref?.()
    delay = Math.min(delay * 2, 10_000)
  }

  const lost = (why: unknown) => {
    if (stopped) return
    if (state === 'listening') log.warn('signal listener lost its connection; caches use their fallback TTL', { error: String(why) })
    state = 'connecting'
    const c = client
    client = null
    c?.removeAllListeners()
    c?.on('error', () => {})
    void c?.end().catch(() => {})
    retry()
  }

  const connect = async () => {
    const c = new pg.Client({ connectionString, application_name: 'starthub-signals', keepAlive: true })
    client = c
    c.on('error', lost)
    c.on('end', () => lost('connection ended'))
    c.on('notification', (n) => {
      if (n.channel === SIGNAL_CHANNEL && n.payload) fire(n.payload)
    })
    try {
      await c.connect()
      await c.query(`LISTEN ${SIGNAL_CHANNEL}`)
      if (stopped) return void c.end().catch(() => {})
      state = 'listening'
      delay = 500
      // whatever was signalled while we were not listening is unknown: forget everything once
      for (const name of handlers.keys()) fire(name)
    }
    catch (error) {
      if (client === c) lost(error)
    }
  }
  void connect()

  return async () => {
    stopped = true
    if (timer) clearTimeout(timer)
    state = 'off'
    const c = client
    client = null
    c?.removeAllListeners()
    c?.on('error', () => {})
    await c?.end().catch(() => {})
  }
}
