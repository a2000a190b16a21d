import type { H3Event } from 'h3'
import { getHeader, getRequestIP, getRequestProtocol } from 'h3'

/** The client's IP; X-Forwarded-For is trusted only when TRUST_PROXY=1 (behind a known proxy). */
export function clientIp(event: H3Event): string {
  return getRequestIP(event, { xForwardedFor: process.env.TRUST_PROXY === '1' }) ?? 'unknown'
}

export function userAgent(event: H3Event): string | null {
  return getHeader(event, 'user-agent')?.slice(0, 300) ?? null
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/

/**
 * True only for a request made on this machine: the connection comes from a loopback address
 * and no proxy says it forwarded it for someone else. (Behind a proxy on the same machine every
 * connection is local, so a forwarded-for header counts against it, whatever TRUST_PROXY says.)
 */
export function isLoopbackRequest(event: H3Event): boolean {
  const remote = event.node.req.socket?.remoteAddress ?? ''
  if (!LOOPBACK.test(remote)) return false
  const forwarded = [getHeader(event, 'x-forwarded-for'), getHeader(event, 'forwarded'), getHeader(event, 'x-real-ip')].filter(Boolean)
  return forwarded.every(v => v!.split(',').every(part => LOOPBACK.test(part.trim().replace(/^for=/i, '').replace(/^"?\[?|\]?"?$/g, '').replace(/:\d+$/, ''))))
}

/** Whether the request reached us over https (X-Forwarded-Proto only behind a trusted proxy). */
export function isHttps(event: H3Event): boolean {
  return getRequestProtocol(event, { xForwardedProto: process.env.TRUST_PROXY === '1' }) === 'https'
}
