import { defineEventHandler, getHeader, getRequestHost, getRequestProtocol } from 'h3'
import { sendApiError, AppError } from '../utils/errors'
import { serverEnv } from '../utils/env'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * CSRF protection for state-changing API calls (OWASP "verify origin with standard headers"):
 * a browser's cross-site request is refused by Sec-Fetch-Site, or by an Origin that is not ours.
 * Requests without either header do not come from a browser page and carry no ambient cookie risk.
 */
export default defineEventHandler((event) => {
  if (SAFE.has(event.method) || !event.path.startsWith('/api/')) return
  const site = getHeader(event, 'sec-fetch-site')
  if (site && site !== 'same-origin' && site !== 'none') return refuse(event)
  const origin = getHeader(event, 'origin')
  if (origin && origin !== 'null') {
    const own = new Set([`${getRequestProtocol(event, { xForwardedProto: process.env.TRUST_PROXY === '1' })}://${getRequestHost(event, { xForwardedHost: process.env.TRUST_PROXY === '1' })}`, new URL(serverEnv().appUrl).origin])
    if (!own.has(origin)) return refuse(event)
  }
  else if (origin === 'null') {
    return refuse(event)
  }
})

function refuse(event: Parameters<typeof sendApiError>[0]) {
  return sendApiError(event, new AppError('csrf'))
}
