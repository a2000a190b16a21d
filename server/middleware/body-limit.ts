import { defineEventHandler, getHeader } from 'h3'
import { AppError, sendApiError } from '../utils/errors'

/**
 * Refuses oversized request bodies before anything reads or parses them: JSON (and any body
 * that is not a file upload) above 1 MB gets 413 `payload_too_large`. A declared size is checked
 * at once; a chunked body is read here with a running count and handed on as the raw body.
 * File uploads (multipart) are left to their routes, which check their own limits
 * (e.g. POST /api/project-images: 8 MB before it reads the body).
 */
export const JSON_BODY_LIMIT = 1024 * 1024
const PAYLOAD = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export default defineEventHandler(async (event) => {
  if (!PAYLOAD.has(event.method) || !event.path.startsWith('/api/')) return
  if ((getHeader(event, 'content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) return
  const tooLarge = () => sendApiError(event, new AppError('payload_too_large', undefined, { kb: JSON_BODY_LIMIT / 1024 }))
  const declared = Number(getHeader(event, 'content-length'))
  if (declared > JSON_BODY_LIMIT) return tooLarge()
  if (!declared && /\bchunked\b/i.test(getHeader(event, 'transfer-encoding') ?? '')) {
    const req = event.node.req
    const body = await new Promise<Buffer | null>((resolve, reject) => {
      const chunks: Buffer[] = []
      let size = 0
      req.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > JSON_BODY_LIMIT) {
          req.removeAllListeners('data')
          req.resume()
          resolve(null)
        }
        else {
          chunks.push(chunk)
        }
      }).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject)
    })
    if (!body) return tooLarge()
    // h3's readBody takes a raw body it finds here instead of reading the stream again
    ;(req as typeof req & { rawBody?: Buffer }).rawBody = body
  }
})
