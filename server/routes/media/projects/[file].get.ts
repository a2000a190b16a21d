import { defineEventHandler, getHeader, getRouterParam, setResponseHeaders, setResponseStatus } from 'h3'
import { projectImageData } from '../../../services/projects'
import { AppError, sendApiError } from '../../../utils/errors'

const FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.webp$/

/**
 * GET /media/projects/<id>.webp — a stored project picture. A picture never changes (a new
 * upload gets a new id), so browsers and proxies may keep it for a year.
 */
export default defineEventHandler(async (event) => {
  try {
    const id = FILE.exec(getRouterParam(event, 'file') ?? '')?.[1]
    if (!id) throw new AppError('not_found')
    const etag = `"${id}"`
    if (getHeader(event, 'if-none-match') === etag) {
      setResponseStatus(event, 304)
      return null
    }
    const image = await projectImageData(id)
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
})
