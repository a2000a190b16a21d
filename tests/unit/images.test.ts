import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { processImage } from '../../server/services/images'
import { AppError } from '../../server/utils/errors'

/** A photo as a phone takes it: landscape pixels, EXIF "rotate 90°", a camera model and a GPS position. */
async function phonePhoto(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({ IFD0: { Make: 'TestPhone', Model: 'X1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 53/1 0/1' } })
    .toBuffer()
}

const code = async (p: Promise<unknown>) => p.then(() => 'ok', (e: unknown) => (e instanceof AppError ? e.code : String(e)))

describe('project pictures', () => {
  it('turns a photo upright, scales it to at most 1600 px and keeps no metadata', async () => {
    const input = await phonePhoto(3000, 2000)
    const before = await sharp(input).metadata()
    expect(before.orientation).toBe(6)
    expect(before.exif?.includes(Buffer.from('TestPhone'))).toBe(true)
    const out = await processImage(input)
    const meta = await sharp(out.data).metadata()
    expect(meta.format).toBe('webp')
    // rotated by its EXIF orientation: portrait now, longest side 1600
    expect([out.width, out.height]).toEqual([1067, 1600])
    expect([meta.width, meta.height]).toEqual([1067, 1600])
    expect(meta.exif).toBeUndefined()
    expect(meta.icc).toBeUndefined()
    expect(out.data.includes(Buffer.from('TestPhone'))).toBe(false)
  })

  it('keeps a small picture at its size', async () => {
    const png = await sharp({ create: { width: 320, height: 200, channels: 4, background: '#1d4f91' } }).png().toBuffer()
    const out = await processImage(png)
    expect([out.width, out.height]).toEqual([320, 200])
  })

  it('refuses what is not a JPEG, PNG or WebP picture, whatever its name says', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>')
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } }).gif().toBuffer()
    const truncated = (await phonePhoto(800, 600)).subarray(0, 2000)
    expect(await code(processImage(Buffer.from('这不是图片')))).toBe('unsupported_image')
    expect(await code(processImage(svg))).toBe('unsupported_image')
    expect(await code(processImage(gif))).toBe('unsupported_image')
    expect(await code(processImage(truncated))).toBe('unsupported_image')
  })
})
