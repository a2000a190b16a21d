import type { Runner } from 'graphile-worker'
import { serverEnv } from '../utils/env'
import { SEARCH_RECONCILE_TASK, startWorker } from '../jobs/worker'
import { log } from '../utils/log'
import { trackWorkers } from '../jobs/heartbeat'
import { closeMailer } from '../utils/mailer'

/**
 * Starts the job queue worker with the server; retries quietly while the database is down.
 * Its workers are tracked (jobs/heartbeat.ts) so that the jobs of a killed instance are freed.
 */
export default defineNitroPlugin((nitroApp) => {
  const env = serverEnv()
  if (!env.runJobs || import.meta.prerender) return
  let runner: Runner | null = null
  let stopped = false
  let delay = 1000
  const tracker = trackWorkers()
  const boot = async () => {
    while (!stopped && !runner) {
      try {
        runner = await startWorker(env.databaseUrl, env.jobPollMs, tracker.events)
        log.info('job queue worker started')
        // repair search drift once at start-up (e.g. after a restore or a reindex elsewhere)
        await runner.addJob(SEARCH_RECONCILE_TASK, {}, { jobKey: SEARCH_RECONCILE_TASK })
        runner.promise.catch((error: unknown) => {
          log.error('job queue worker stopped', { error: String(error) })
          runner = null
          if (!stopped) setTimeout(() => void boot(), delay)
        })
      }
      catch (error) {
        log.warn('job queue worker could not start; retrying', { error: String(error), retryInMs: delay })
        await new Promise(r => setTimeout(r, delay))
        delay = Math.min(delay * 2, 30_000)
      }
    }
  }
  void boot()
  nitroApp.hooks.hook('close', async () => {
    stopped = true
    await runner?.stop()
    await tracker.stop()
    closeMailer()
  })
})
