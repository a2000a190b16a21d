import type { H3Event } from 'h3'
import { getHeader, getRequestIP } from 'h3'

/** The client's IP; X-Forwarded-For is trusted only when TRUST_PROXY=1 (behind a known proxy). */
export function clientIp(event: H3Event): string {
  return getRequestIP(event, { xForwardedFor: process.env.TRUST_PROXY === '1' }) ?? 'unknown'
}

export function userAgent(event: H3Event): string | null {
  return getHeader(event, 'user-agent')?.slice(0, 300) ?? null
}
