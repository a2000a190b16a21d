import { Logger } from 'graphile-worker'

/** graphile-worker's logger, keeping only warnings and errors (its info lines are per job). */
export const jobQueueLogger = new Logger(() => (level, message) => {
  if (level === 'error' || level === 'warning') console.warn(`[jobs] ${level}: ${message}`)
})
