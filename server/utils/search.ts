import { Meilisearch } from 'meilisearch'
import { serverEnv } from './env'

/**
 * The one Meilisearch client. `Accept-Encoding: identity` avoids a ~40 ms stall per query that
 * Node's fetch shows with gzip replies on kept-alive connections (see README, STACK notes).
 * Returns null when MEILI_URL is unset: the site then runs in degraded search mode.
 */
let client: Meilisearch | null = null

export function searchClient(): Meilisearch | null {
  const { meiliUrl, meiliMasterKey } = serverEnv()
  if (!meiliUrl) return null
  client ??= new Meilisearch({
    host: meiliUrl,
    apiKey: meiliMasterKey ?? undefined,
    requestInit: { headers: { 'Accept-Encoding': 'identity' } },
    timeout: 3000,
  })
  return client
}

export async function searchHealthy(): Promise<boolean> {
  const c = searchClient()
  if (!c) return false
  try {
    const h = await Promise.race([c.health(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 1500))])
    return h.status === 'available'
  }
  catch {
    return false
  }
}
