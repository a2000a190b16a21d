import type { Runner, Task } from 'graphile-worker'
import { run } from 'graphile-worker'
import { deliverMail, SEND_MAIL_TASK } from '../services/mail'
import { jobQueueLogger } from './logger'

/**
 * The background worker on the PostgreSQL job queue (graphile-worker). It runs inside the
 * server process by default (RUN_JOBS=0 turns that off, e.g. for a separate worker process).
 */
const sendMail: Task = async (payload, helpers) => {
  const { id } = payload as { id: string }
  await deliverMail(id, helpers.job.attempts, helpers.job.max_attempts)
}

export const TASKS = { [SEND_MAIL_TASK]: sendMail }

export function startWorker(connectionString: string, pollInterval: number): Promise<Runner> {
  return run({
    connectionString,
    concurrency: 2,
    pollInterval,
    noHandleSignals: true,
    logger: jobQueueLogger,
    taskList: TASKS,
  })
}
