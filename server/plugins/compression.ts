import { promisify } from 'node:util'
import { constants, brotliCompress, gzip } from 'node:zlib'
import { getRequestHeader } from 'h3'

/**
 * Compresses what the server makes on the fly — rendered pages, JSON, CSV, feeds — for clients
 * that accept it (brotli first, then gzip). The files under /_nuxt are compressed once at build
 * time instead (nitro.compressPublicAssets) and served as they are. Bodies under 1 KB, streams,
 * binary files (PDF, pictures) and answers that already carry an encoding are left alone.
 * Quality 4 (brotli) and 6 (gzip) are the usual choices for compressing per response: most of
 * the saving for a fraction of a millisecond on a page. The compression runs on libuv's thread
 * pool (the asynchronous zlib calls), not on the thread that renders the next page.
 */
const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|atom\+xml|javascript|problem\+json))/i
const MIN_BYTES = 1024

function encodingFor(accept: string): 'br' | 'gzip' | null {
  if (/\bbr\b/i.test(accept)) return 'br'
  if (/\bgzip\b/i.test(accept)) return 'gzip'
  return null
}

const isPlainJson = (v: unknown) => Array.isArray(v) || (typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype)

export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('beforeResponse', async (event, response) => {
    // Nuxt renders an error page by an internal request carrying the visitor's headers and copies
    // that answer's headers and text into its own, uncompressed: that inner answer stays plain
    if (event.method === 'HEAD' || !response || getRequestHeader(event, 'x-nuxt-error')) return
    const res = event.node.res
    if (res.headersSent || res.getHeader('content-encoding')) return
    const encoding = encodingFor(getRequestHeader(event, 'accept-encoding') ?? '')
    if (!encoding) return
    let text: string
    if (typeof response.body === 'string') {
      text = response.body
    }
    else if (isPlainJson(response.body)) {
      text = JSON.stringify(response.body)
      if (!res.getHeader('content-type')) res.setHeader('content-type', 'application/json')
    }
    else {
      return
    }
    const type = String(res.getHeader('content-type') ?? '')
    if (!COMPRESSIBLE.test(type) || Buffer.byteLength(text) < MIN_BYTES) return
    const raw = Buffer.from(text)
    const body = encoding === 'br'
      ? await brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
      : await gzipAsync(raw, { level: 6 })
    if (res.headersSent) return
    res.setHeader('content-encoding', encoding)
    const vary = String(res.getHeader('vary') ?? '')
    if (!/accept-encoding/i.test(vary)) res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
    res.removeHeader('content-length')
    response.body = body
  })
})
