import { defineEventHandler, getHeader, getRequestHost, getRequestProtocol } from 'h3'
import { sendApiError, AppError } from '../utils/errors'
import { serverEnv } from '../utils/env'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * CSRF protection for state-changing API calls (OWASP "verify origin with standard headers"):
 * a browser's cross-site request is refused by Sec-Fetch-Site, or by an Origin that is not ours.
 * Requests without either header do not come from a browser page and carry no ambient cookie risk.
 * In production the only origin of our own is APP_URL's.
 */
export default defineEventHandler((event) => {
  if (SAFE.has(event.method) || !event.path.startsWith('/api/')) return
  const site = getHeader(event, 'sec-fetch-site')
  if (site && site !== 'same-origin' && site !== 'none') return refuse(event)
  const origin = getHeader(event, 'origin')
  if (origin && origin !== 'null') {
    if (!ownOrigins(event).has(origin)) return refuse(event)
  }
  else if (origin === 'null') {
    return refuse(event)
  }
})

/**
 * The origins our pages are served from. In production only APP_URL's: the Host header is the
 * client's to choose, so an origin derived from it proves nothing. In development (where the
 * site is reached as localhost and as 127.0.0.1) also the request's own host.
 */
function ownOrigins(event: Parameters<typeof sendApiError>[0]): Set<string> {
  const own = new Set([new URL(serverEnv().appUrl).origin])
  if (!serverEnv().production) own.add(`${getRequestProtocol(event, { xForwardedProto: process.env.TRUST_PROXY === '1' })}://${getRequestHost(event, { xForwardedHost: process.env.TRUST_PROXY === '1' })}`)
  return own
}

function refuse(event: Parameters<typeof sendApiError>[0]) {
  return sendApiError(event, new AppError('csrf'))
}
