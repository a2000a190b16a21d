import PDFDocument from 'pdfkit'
import { encode } from 'uqr'
import { pdfFont } from './pdf-font'

/**
 * One way to make a PDF on the server: an A4 pdfkit document with StartHub's CJK font
 * registered as `zh` (server/utils/pdf-font.ts), and the finished bytes as a promise.
 */
export const PDF_FONT_NAME = 'zh'

export type PdfDoc = InstanceType<typeof PDFDocument>

export function startPdf(opts: ConstructorParameters<typeof PDFDocument>[0] = {}): { doc: PdfDoc, done: Promise<Buffer> } {
  const doc = new PDFDocument({ size: 'A4', ...opts })
  doc.registerFont(PDF_FONT_NAME, pdfFont().bytes)
  doc.font(PDF_FONT_NAME)
  return { doc, done: collectPdf(doc) }
}

/** The bytes of a pdfkit document once `end()` is called. */
export function collectPdf(doc: PdfDoc): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
}

/** Draws a QR code of `text` as black squares, `size` points wide, with its top left at (x, y). */
export function drawQr(doc: PdfDoc, text: string, x: number, y: number, size: number): void {
  const qr = encode(text, { ecc: 'M', border: 2 })
  const cell = size / qr.size
  doc.save()
  doc.rect(x, y, size, size).fill('#ffffff')
  for (let r = 0; r < qr.size; r++) {
    for (let c = 0; c < qr.size; c++) if (qr.data[r]![c]) doc.rect(x + c * cell, y + r * cell, cell, cell)
  }
  doc.fill('#000000')
  doc.restore()
}
