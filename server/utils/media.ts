import type { H3Event } from 'h3'
import { getHeader, getRouterParam, setResponseHeaders, setResponseStatus } from 'h3'
import { imageData } from '../services/images'
import { AppError, sendApiError } from './errors'

const FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.webp$/

/**
 * Serves a stored picture (GET /media/images/<id>.webp, and /media/projects/<id>.webp for the
 * project links already out). A picture never changes (a new upload gets a new id), so
 * browsers and proxies may keep it for a year; it can never run as a page.
 */
export async function serveImage(event: H3Event): Promise<Buffer | null | ReturnType<typeof sendApiError>> {
  try {
    const id = FILE.exec(getRouterParam(event, 'file') ?? '')?.[1]
    if (!id) throw new AppError('not_found')
    const etag = `"${id}"`
    if (getHeader(event, 'if-none-match') === etag) {
      setResponseStatus(event, 304)
      return null
    }
    const image = await imageData(id)
    if (!image) throw new AppError('not_found')
    setResponseHeaders(event, {
      'Content-Type': 'image/webp',
      'Content-Length': String(image.size),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'ETag': etag,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': 'default-src \'none\'; sandbox',
    })
    return Buffer.from(image.data)
  }
  catch (error) {
    return sendApiError(event, error)
  }
}
