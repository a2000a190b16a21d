import { readFileSync } from 'node:fs'

/**
 * The CJK font of StartHub's PDFs (pdfkit embeds the glyphs a document uses).
 *
 * Default: Debian's fonts-wqy-zenhei (`/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc`, face
 * WenQuanYiZenHei). `PDF_FONT` points elsewhere: `/path/font.ttf`, or `/path/fonts.ttc#PostScriptName`
 * for one face of a collection.
 *
 * The file is read once per process and kept (reading the 17 MB collection costs ~50 ms). What is
 * kept is the one face as a plain TrueType/OpenType font, without the tables a PDF never uses:
 * bitmap strikes, vertical metrics, and the glyph names of the `post` table (pdfkit reads `post`
 * for one flag, and fontkit decodes all 45,000 names of wqy-zenhei to get it: ~60 ms per document).
 * pdfkit parses the font for each document; with this face that takes a few milliseconds.
 */
const DEFAULT_FONT = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc#WenQuanYiZenHei'

/** Tables a PDF's text never needs. */
const DROPPED = new Set(['BDF ', 'EBDT', 'EBLC', 'EBSC', 'CBDT', 'CBLC', 'sbix', 'FFTM', 'DSIG', 'vhea', 'vmtx', 'VORG', 'LTSH', 'hdmx', 'VDMX', 'PCLT'])

export interface PdfFont {
  /** the setting it was loaded from */
  spec: string
  /** one face, as an sfnt pdfkit can register without a family name */
  bytes: Buffer
  postscriptName: string | null
}

let loaded: PdfFont | null = null

export function pdfFont(): PdfFont {
  const spec = process.env.PDF_FONT || DEFAULT_FONT
  if (loaded?.spec === spec) return loaded
  const hash = spec.lastIndexOf('#')
  const path = hash > 0 ? spec.slice(0, hash) : spec
  const wanted = hash > 0 ? spec.slice(hash + 1) : null
  let file: Buffer
  try {
    file = readFileSync(path)
  }
  catch {
    throw new Error(`The CJK font for PDFs was not found at ${path}. Install fonts-wqy-zenhei (apt) or set PDF_FONT.`)
  }
  const offsets = faceOffsets(file)
  const faces = offsets.map(o => ({ offset: o, name: postscriptName(file, o) }))
  const face = wanted ? faces.find(f => f.name === wanted) : faces[0]
  if (!face) throw new Error(`The font ${path} has no face named ${wanted} (it has ${faces.map(f => f.name).join(', ')}).`)
  loaded = { spec, bytes: slimFace(file, face.offset), postscriptName: face.name }
  return loaded
}

interface TableEntry { tag: string, offset: number, length: number }

function faceOffsets(file: Buffer): number[] {
  if (file.toString('latin1', 0, 4) !== 'ttcf') return [0]
  const count = file.readUInt32BE(8)
  return Array.from({ length: count }, (_, i) => file.readUInt32BE(12 + 4 * i))
}

function tables(file: Buffer, offset: number): TableEntry[] {
  const n = file.readUInt16BE(offset + 4)
  return Array.from({ length: n }, (_, i) => {
    const e = offset + 12 + 16 * i
    return { tag: file.toString('latin1', e, e + 4), offset: file.readUInt32BE(e + 8), length: file.readUInt32BE(e + 12) }
  })
}

/** Name ID 6 of a face (Windows UTF-16 or Mac Roman), or null. */
function postscriptName(file: Buffer, offset: number): string | null {
  const name = tables(file, offset).find(t => t.tag === 'name')
  if (!name) return null
  const base = name.offset
  const count = file.readUInt16BE(base + 2)
  const strings = base + file.readUInt16BE(base + 4)
  for (let i = 0; i < count; i++) {
    const r = base + 6 + 12 * i
    const platform = file.readUInt16BE(r)
    if (file.readUInt16BE(r + 6) !== 6) continue
    const length = file.readUInt16BE(r + 8)
    const start = strings + file.readUInt16BE(r + 10)
    const raw = file.subarray(start, start + length)
    if (platform === 3 || platform === 0) return Buffer.from(raw).swap16().toString('utf16le')
    return raw.toString('latin1')
  }
  return null
}

/** One face as its own sfnt: the tables it needs, `post` cut to version 3 (no glyph names). */
function slimFace(file: Buffer, offset: number): Buffer {
  const version = file.readUInt32BE(offset)
  const kept = tables(file, offset)
    .filter(t => !DROPPED.has(t.tag))
    .map((t) => {
      let data = file.subarray(t.offset, t.offset + t.length)
      if (t.tag === 'post' && data.length >= 32) {
        data = Buffer.from(data.subarray(0, 32))
        data.writeUInt32BE(0x00030000, 0)
      }
      return { tag: t.tag, data }
    })
    .sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0))
  const n = kept.length
  const header = Buffer.alloc(12 + 16 * n)
  let pow = 1
  let log = 0
  while (pow * 2 <= n) {
    pow *= 2
    log += 1
  }
  header.writeUInt32BE(version, 0)
  header.writeUInt16BE(n, 4)
  header.writeUInt16BE(pow * 16, 6)
  header.writeUInt16BE(log, 8)
  header.writeUInt16BE(n * 16 - pow * 16, 10)
  const parts: Buffer[] = [header]
  let at = header.length
  kept.forEach((t, i) => {
    const e = 12 + 16 * i
    const padded = Buffer.alloc((t.data.length + 3) & ~3)
    t.data.copy(padded)
    header.write(t.tag, e, 'latin1')
    header.writeUInt32BE(checksum(padded), e + 4)
    header.writeUInt32BE(at, e + 8)
    header.writeUInt32BE(t.data.length, e + 12)
    parts.push(padded)
    at += padded.length
  })
  return Buffer.concat(parts)
}

function checksum(data: Buffer): number {
  let sum = 0
  for (let i = 0; i < data.length; i += 4) sum = (sum + data.readUInt32BE(i)) >>> 0
  return sum
}
