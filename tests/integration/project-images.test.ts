import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { ProjectDetail, ProjectImageView } from '#shared/types/project'
import { baseUrl, Client, verifiedUser } from '../support/http'
import { db } from '../support/db'
import { projectInput } from '../support/projects'

async function photo(width = 2400, height = 1800): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 60 } } })
    .jpeg()
    .withExifMerge({ IFD0: { Make: 'TestPhone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 53/1 0/1' } })
    .toBuffer()
}

function form(data: Buffer, name = 'shop.jpg', type = 'image/jpeg', alt?: string): FormData {
  const f = new FormData()
  f.append('file', new Blob([new Uint8Array(data)], { type }), name)
  if (alt !== undefined) f.append('alt', alt)
  return f
}

const upload = (client: Client, f: FormData) => client.request<ProjectImageView & { code?: string, message?: string }>('POST', '/api/project-images', f)

describe('project pictures', () => {
  it('a provider uploads a photo: stored as WebP without metadata, served with long caching', async () => {
    const provider = await verifiedUser('PROVIDER')
    const res = await upload(provider.client, form(await photo(), 'shop.jpg', 'image/jpeg', '店面外景'))
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ url: `/media/projects/${res.body.id}.webp`, alt: '店面外景', width: 1600, height: 1200 })

    const served = await fetch(`${baseUrl()}${res.body.url}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/webp')
    expect(served.headers.get('cache-control')).toContain('immutable')
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    const bytes = Buffer.from(await served.arrayBuffer())
    const meta = await sharp(bytes).metadata()
    expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(['webp', 1600, 1200, undefined])
    expect(bytes.includes(Buffer.from('TestPhone'))).toBe(false)
    // a browser asking again gets 304
    expect((await fetch(`${baseUrl()}${res.body.url}`, { headers: { 'if-none-match': served.headers.get('etag')! } })).status).toBe(304)
    // unknown and malformed names are 404s
    expect((await fetch(`${baseUrl()}/media/projects/00000000-0000-4000-8000-000000000000.webp`)).status).toBe(404)
    expect((await fetch(`${baseUrl()}/media/projects/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404)
  })

  it('refuses strangers, entrepreneurs, files that are not pictures and oversized uploads, in the user\'s language', async () => {
    const jpeg = await photo(400, 300)
    expect((await upload(new Client(), form(jpeg))).status).toBe(401)
    const entrepreneur = await verifiedUser('ENTREPRENEUR')
    expect((await upload(entrepreneur.client, form(jpeg))).status).toBe(403)

    const provider = await verifiedUser('PROVIDER')
    const svg = await upload(provider.client, form(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'x.jpg', 'image/jpeg'))
    expect(svg.status).toBe(415)
    expect(svg.body).toMatchObject({ code: 'unsupported_image', message: '无法读取这张图片。请上传 JPG、PNG 或 WebP 格式的照片。' })
    provider.client.locale = 'en'
    const text = await upload(provider.client, form(Buffer.from('hello'), 'notes.txt', 'text/plain'))
    expect(text.body).toMatchObject({ code: 'unsupported_image', message: 'We could not read this picture. Please upload a JPG, PNG or WebP photo.' })

    const big = await upload(provider.client, form(Buffer.alloc(9 * 1024 * 1024, 1), 'big.jpg'))
    expect(big.status).toBe(413)
    expect(big.body).toMatchObject({ code: 'image_too_large', message: 'This picture is too large: each may be at most 8 MB.' })
    const none = await provider.client.request('POST', '/api/project-images', new FormData())
    expect(none.status).toBe(400)
  })

  it('pictures are attached when the project is saved, in order, and only by the one who uploaded them', async () => {
    const provider = await verifiedUser('PROVIDER')
    const other = await verifiedUser('PROVIDER')
    const a = (await upload(provider.client, form(await photo(800, 600), 'a.jpg'))).body
    const b = (await upload(provider.client, form(await photo(600, 800), 'b.jpg'))).body
    const foreign = (await upload(other.client, form(await photo(500, 500), 'c.jpg'))).body

    // someone else's upload cannot be put on my project
    const stolen = await provider.client.post('/api/projects', { ...projectInput(`白山林下参图片项目${Date.now().toString(36)}`), images: [{ id: foreign.id, alt: '' }] })
    expect(stolen.status).toBe(400)
    expect(stolen.body).toMatchObject({ code: 'validation', fields: { images: expect.any(String) } })
    expect(await db.image.count({ where: { id: foreign.id, projectId: null } })).toBe(1)

    const created = await provider.client.post<{ id: string, slug: string }>('/api/projects', { ...projectInput(`白山林下参图片项目${Date.now().toString(36)}`), images: [{ id: b.id, alt: '参园' }, { id: a.id, alt: '' }] })
    expect(created.status).toBe(201)
    const detail = await provider.client.get<ProjectDetail>(`/api/projects/${created.body.slug}`)
    expect(detail.body.images.map(i => [i.id, i.alt, i.width, i.height])).toEqual([[b.id, '参园', 600, 800], [a.id, '', 800, 600]])
    // the other provider cannot take them over either
    const takeover = await other.client.post('/api/projects', { ...projectInput(`另一个项目${Date.now().toString(36)}`), images: [{ id: a.id, alt: '' }] })
    expect(takeover.status).toBe(400)

    // the edit form gets them back; saving without one deletes it
    const edit = await provider.client.get<{ images: { id: string, alt: string }[] }>(`/api/provider/projects/${created.body.id}`)
    expect(edit.body.images).toEqual([{ id: b.id, alt: '参园' }, { id: a.id, alt: '' }])
    const saved = await provider.client.patch(`/api/projects/${created.body.id}`, { ...projectInput(`白山林下参图片项目${Date.now().toString(36)}`), images: [{ id: a.id, alt: '人参种植基地' }] })
    expect(saved.status).toBe(200)
    const after = await provider.client.get<ProjectDetail>(`/api/projects/${created.body.slug}`)
    expect(after.body.images.map(i => [i.id, i.alt])).toEqual([[a.id, '人参种植基地']])
    expect((await fetch(`${baseUrl()}/media/projects/${b.id}.webp`)).status).toBe(404)
    // more than six is refused before anything is stored
    const seven = Array.from({ length: 7 }, () => ({ id: a.id, alt: '' }))
    expect((await provider.client.patch(`/api/projects/${created.body.id}`, { ...projectInput('七张图片的项目'), images: seven })).status).toBe(400)
  })

  it('uploads never attached are deleted after a day; attached ones stay', async () => {
    const { deleteUnattachedImages } = await import('../../server/services/images')
    const provider = await verifiedUser('PROVIDER')
    const stale = (await upload(provider.client, form(await photo(300, 200)))).body
    const fresh = (await upload(provider.client, form(await photo(300, 200)))).body
    const kept = (await upload(provider.client, form(await photo(300, 200)))).body
    const created = await provider.client.post<{ id: string }>('/api/projects', { ...projectInput(`松原查干湖冬捕鱼馆${Date.now().toString(36)}`), images: [{ id: kept.id, alt: '' }] })
    expect(created.status).toBe(201)
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000)
    await db.image.updateMany({ where: { id: { in: [stale.id, kept.id] } }, data: { createdAt: twoDaysAgo } })
    expect(await deleteUnattachedImages()).toBeGreaterThanOrEqual(1)
    const left = new Set((await db.image.findMany({ where: { id: { in: [stale.id, fresh.id, kept.id] } }, select: { id: true } })).map(r => r.id))
    expect(left).toEqual(new Set([fresh.id, kept.id]))
  })
})
