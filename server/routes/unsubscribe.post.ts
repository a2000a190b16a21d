import { getValidatedQuery, readFormData, readRawBody, getHeader, setResponseHeader } from 'h3'
import { unsubscribeQuerySchema } from '#shared/schemas/release'
import { endSubscription } from '../services/release'
import { defineApiHandler } from '../utils/api'
import { AppError } from '../utils/errors'

/**
 * POST /unsubscribe?token= with the body `List-Unsubscribe=One-Click` (RFC 8058): a mail
 * client's one-click unsubscribe. No session and no CSRF check: the token is the authority
 * (the CSRF middleware guards /api/* only). GET /unsubscribe is the page, which never ends a
 * subscription by itself: mail scanners fetch links.
 */
export default defineApiHandler(async (event) => {
  const { token } = await getValidatedQuery(event, unsubscribeQuerySchema.parse)
  const type = getHeader(event, 'content-type') ?? ''
  const oneClick = type.startsWith('multipart/form-data')
    ? (await readFormData(event)).get('List-Unsubscribe') === 'One-Click'
    : new URLSearchParams(((await readRawBody(event, 'utf8')) ?? '').trim()).get('List-Unsubscribe') === 'One-Click'
  if (!oneClick) throw new AppError('validation', { 'List-Unsubscribe': 'validation.invalid' })
  setResponseHeader(event, 'Cache-Control', 'no-store')
  return endSubscription({ token })
})
