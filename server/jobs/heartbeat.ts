import { EventEmitter } from 'node:events'
import { hostname } from 'node:os'
import type { WorkerEvents } from 'graphile-worker'
import { prisma } from '../utils/prisma'
import { log } from '../utils/log'

/**
 * Several server instances run job workers on one queue. A worker that is killed (SIGKILL, a
 * crashed container, a lost machine) leaves its job locked, and a job of a named queue (search
 * sync) locks its whole queue: graphile-worker 0.16 frees such locks only after 4 hours. So
 * every process records its workers in "JobWorker" and refreshes them every HEARTBEAT_MS; each
 * process also unlocks the jobs and queues of workers unseen for DEAD_AFTER_S, which the other
 * workers then run again (at least once: a job cut off mid-way runs again from its start).
 */
export const HEARTBEAT_MS = 3000
export const DEAD_AFTER_S = 15

export const instanceName = process.env.STARTHUB_INSTANCE || `${hostname()}:${process.pid}`

export interface WorkerTracker {
  events: WorkerEvents
  /** the ids of this process's live workers */
  workerIds: () => string[]
  /** stops the heartbeat and removes this process's workers (a graceful stop released their jobs) */
  stop: () => Promise<void>
}

async function beat(ids: string[]): Promise<void> {
  if (ids.length) {
    await prisma.$executeRaw`
      INSERT INTO "JobWorker" ("workerId", "instance", "seenAt")
      SELECT id, ${instanceName}, now() FROM unnest(${ids}::text[]) AS id
      ON CONFLICT ("workerId") DO UPDATE SET "seenAt" = now()`
  }
}

/** Unlocks the jobs and queues of workers unseen for DEAD_AFTER_S; returns their ids. */
export async function unlockDeadWorkers(): Promise<string[]> {
  return prisma.$transaction(async (tx) => {
    const dead = await tx.$queryRaw<{ workerId: string }[]>`
      DELETE FROM "JobWorker" WHERE "seenAt" < now() - make_interval(secs => ${DEAD_AFTER_S}) RETURNING "workerId"`
    const ids = dead.map(d => d.workerId)
    if (ids.length) await tx.$executeRaw`SELECT graphile_worker.force_unlock_workers(${ids}::text[])`
    return ids
  })
}

/** The workers of this process (health reports how many run). */
const live = new Set<string>()

export function runningWorkers(): number {
  return live.size
}

export function trackWorkers(): WorkerTracker {
  const events: WorkerEvents = new EventEmitter()
  events.on('worker:create', ({ worker }) => {
    live.add(worker.workerId)
    beat([worker.workerId]).catch(() => {})
  })
  events.on('worker:stop', ({ worker }) => {
    live.delete(worker.workerId)
  })
  let running = false
  const tick = async () => {
    if (running) return
    running = true
    try {
      await beat([...live])
      const unlocked = await unlockDeadWorkers()
      if (unlocked.length) log.warn('jobs: unlocked the jobs of workers that stopped without releasing them', { workers: unlocked })
    }
    catch { /* the database is down: the next beat tries again */ }
    finally {
      running = false
    }
  }
  const timer = setInterval(() => void tick(), HEARTBEAT_MS)
  timer.unref?.()
  return {
    events,
    workerIds: () => [...live],
    stop: async () => {
      clearInterval(timer)
      const ids = [...live]
      live.clear()
      if (ids.length) await prisma.$executeRaw`DELETE FROM "JobWorker" WHERE "workerId" = ANY(${ids}::text[])`.catch(() => {})
    },
  }
}
