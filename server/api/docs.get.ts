import { setResponseHeaders } from 'h3'
import { renderApiReference } from '../openapi/reference'
import { defineApiHandler } from '../utils/api'

/**
 * GET /api/docs — the API reference as one self-contained page (no script, nothing loaded from
 * elsewhere), rendered from /api/openapi.json.
 */
export default defineApiHandler((event) => {
  setResponseHeaders(event, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': 'default-src \'none\'; style-src \'unsafe-inline\'; frame-ancestors \'none\'',
    'Cache-Control': 'public, max-age=300',
  })
  return renderApiReference()
})
