import { Meilisearch } from 'meilisearch'
import type { Task } from 'meilisearch'
import { serverEnv } from './env'
import { searchHttpClient } from './search-http'

/**
 * The one Meilisearch client, on node:http with kept-alive connections (`search-http.ts`; it
 * asks for uncompressed answers, so the ~40 ms stall Node's fetch showed with gzip replies on
 * kept-alive connections cannot come back).
 * Returns null when MEILI_URL is unset: the site then runs in degraded search mode.
 */
let client: Meilisearch | null = null

/** A Meilisearch client on that transport (the server's own below; the reindex command and the benchmark make theirs here too). */
export function createSearchClient(host: string, apiKey: string | null | undefined, timeout = 3000): Meilisearch {
  return new Meilisearch({
    host,
    apiKey: apiKey ?? undefined,
    requestInit: { headers: { 'Accept-Encoding': 'identity' } },
    httpClient: searchHttpClient,
    timeout,
  })
}

export function searchClient(): Meilisearch | null {
  const { meiliUrl, meiliMasterKey } = serverEnv()
  if (!meiliUrl) return null
  client ??= createSearchClient(meiliUrl, meiliMasterKey)
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

/**
 * A Meilisearch task once it has ended (succeeded, failed or canceled; the caller reads which),
 * polled every `intervalMs`. The client's own `waitTask` adds an abort listener to one signal per
 * poll and has Node warn of a leak (MaxListenersExceededWarning) once a task outlasts ten polls.
 */
export async function taskEnded(client: Meilisearch, task: number | { taskUid: number } | PromiseLike<{ taskUid: number }>, { timeoutMs = 5000, intervalMs = 50 } = {}): Promise<Task> {
  const uid = typeof task === 'number' ? task : (await task).taskUid
  const until = Date.now() + timeoutMs
  while (true) {
    const t = await client.tasks.getTask(uid)
    if (t.status !== 'enqueued' && t.status !== 'processing') return t
    if (Date.now() > until) throw new Error(`Meilisearch task ${uid} still ${t.status} after ${timeoutMs / 1000} s`)
    await new Promise(resolve => setTimeout(resolve, intervalMs))
  }
}
