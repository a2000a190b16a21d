import { Agent as HttpAgent, request as httpRequest } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'

/**
 * The Meilisearch client's transport: node:http on kept-alive connections instead of the global
 * `fetch`. A search API request spent about a fifth of its CPU inside fetch's machinery (undici,
 * web streams, abort signals) for one small JSON exchange with Meilisearch on localhost; node:http
 * does the same exchange for a fraction of that. Behaves as the client's own transport does: the
 * parsed JSON body (undefined when empty) for a 2xx answer, else an error carrying Meilisearch's
 * status, code and message; the client's timeout aborts the request through `init.signal`.
 */
export class SearchHttpError extends Error {
  constructor(readonly status: number, readonly code: string | undefined, message: string) {
    super(message)
    this.name = 'SearchHttpError'
  }
}

/**
 * After a request to a host ran into the client's timeout (the host accepts connections but does
 * not answer: overloaded, or unreachable behind a firewall), every request to that host fails at
 * once for this long, so that the pages asking for it fall back to PostgreSQL at once instead of
 * each waiting out the timeout; the first request after the pause tries again. A refused
 * connection fails fast by itself and pauses nothing (a restarted Meilisearch is used at once).
 */
export const SEARCH_PAUSE_AFTER_TIMEOUT_MS = 5000
const pausedUntil = new Map<string, number>()

const agents = {
  'http:': new HttpAgent({ keepAlive: true, maxSockets: 32 }),
  'https:': new HttpsAgent({ keepAlive: true, maxSockets: 32 }),
}

export function searchHttpClient(input: string | URL | Request, init: RequestInit = {}): Promise<unknown> {
  const url = new URL(input instanceof Request ? input.url : String(input))
  const secure = url.protocol === 'https:'
  const headers = Object.fromEntries(new Headers(init.headers))
  const body = typeof init.body === 'string' ? Buffer.from(init.body) : undefined
  if (body) headers['content-length'] = String(body.length)
  const until = pausedUntil.get(url.host) ?? 0
  if (Date.now() < until) {
    return Promise.reject(new SearchHttpError(0, 'search_paused', `Meilisearch at ${url.host} did not answer in time; not asked again before ${new Date(until).toISOString()}`))
  }
  return new Promise((resolve, reject) => {
    const req = (secure ? httpsRequest : httpRequest)(url, {
      method: init.method ?? 'GET',
      headers,
      agent: secure ? agents['https:'] : agents['http:'],
      signal: init.signal ?? undefined,
    }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('error', reject)
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        let json: unknown
        try {
          json = text === '' ? undefined : JSON.parse(text)
        }
        catch (error) {
          reject(new SearchHttpError(res.statusCode ?? 0, undefined, `Meilisearch answered ${res.statusCode} with a body that is not JSON: ${String(error)}`))
          return
        }
        const status = res.statusCode ?? 0
        pausedUntil.delete(url.host)
        if (status >= 200 && status < 300) resolve(json)
        else {
          const e = (json ?? {}) as { code?: string, message?: string }
          reject(new SearchHttpError(status, e.code, e.message ?? `Meilisearch answered ${status}`))
        }
      })
    })
    req.on('error', (error) => {
      // the client aborts through the signal only when its timeout ran out
      if (init.signal?.aborted) pausedUntil.set(url.host, Date.now() + SEARCH_PAUSE_AFTER_TIMEOUT_MS)
      reject(error)
    })
    req.end(body)
  })
}
