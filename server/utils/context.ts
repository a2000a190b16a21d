import type { H3Event } from 'h3'
import type { AppLocale } from '#shared/i18n/messages'
import { requestLocale } from './errors'
import { clientIp } from './request'

/** What a service needs to know about the request beyond the user: where it came from, in which language. */
export interface RequestContext { ip: string, locale: AppLocale }

export function requestContext(event: H3Event): RequestContext {
  return { ip: clientIp(event), locale: requestLocale(event) }
}
