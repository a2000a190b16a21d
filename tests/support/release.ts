import { randomBytes } from 'node:crypto'
import { db } from './db'

/**
 * The weekly digest job as tests run it: added to the real queue with the week's `until`
 * (the run's instant), then awaited until the worker has taken and finished it.
 */
export async function runDigestJob(until: Date, timeoutMs = 30_000): Promise<void> {
  const key = `test-digest-${randomBytes(4).toString('hex')}`
  await db.$executeRaw`SELECT graphile_worker.add_job('release_digest', json_build_object('until', ${until.toISOString()}::text), job_key => ${key}, max_attempts => 1)`
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const left = await db.$queryRaw<{ attempts: number, last_error: string | null }[]>`SELECT attempts, last_error FROM graphile_worker._private_jobs WHERE key = ${key}`
    if (!left.length) return
    if (left[0]!.last_error) throw new Error(`the digest job failed: ${left[0]!.last_error}`)
    if (Date.now() > deadline) throw new Error('the digest job did not run in time')
    await new Promise(r => setTimeout(r, 150))
  }
}

/** Moves a subscription's confirmation back (the start of its first digest's window) to a fixed day. */
export async function confirmedOn(email: string, at: Date): Promise<void> {
  await db.subscription.updateMany({ where: { OR: [{ email }, { user: { email } }] }, data: { confirmedAt: at, lastDigestAt: null } })
}

export const digestsTo = (email: string) => db.mailMessage.count({ where: { to: email, template: 'releaseDigest' } })
