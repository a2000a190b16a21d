import { serverEnv } from '../utils/env'
import { startListening } from '../utils/notify'

/** Listens for cross-instance signals (cache invalidation) on PostgreSQL LISTEN/NOTIFY. */
export default defineNitroPlugin((nitroApp) => {
  if (import.meta.prerender) return
  const stop = startListening(serverEnv().databaseUrl)
  nitroApp.hooks.hook('close', async () => {
    await stop()
  })
})
