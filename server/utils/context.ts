import type { H3Event } from 'h3'
import type { RequestContext } from '../services/accounts'
import { requestLocale } from './errors'
import { clientIp } from './request'

export function requestContext(event: H3Event): RequestContext {
  return { ip: clientIp(event), locale: requestLocale(event) }
}
