import { readdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROUTES } from '../../server/openapi/routes'
import { ROLES } from '#shared/utils/roles'
import { SERVICE_STAGE_CODES } from '#shared/utils/stages'
import { BOOKING_STATUSES } from '#shared/utils/bookings'
import { baseUrl } from '../support/http'

const API = resolve(import.meta.dirname, '../../server/api')

/** Every route file under server/api as `method path` (OpenAPI style: {id}). */
function routeFiles(dir = API): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name)
    if (d.isDirectory()) return routeFiles(full)
    const m = /^(.*)\.(get|post|put|patch|delete)\.ts$/.exec(relative(API, full))
    if (!m) return [] // the catch-all 404 ([...].ts) answers every method
    const path = `/api/${m[1]!}`.replace(/\/index$/, '').replace(/\[(\w+)\]/g, '{$1}')
    return [`${m[2]} ${path}`]
  })
}

describe('the API reference', () => {
  it('has an entry for every route file, and a file for every entry', () => {
    const files = routeFiles().sort()
    const documented = ROUTES.map(r => `${r.method} ${r.path}`).sort()
    expect(files.filter(f => !documented.includes(f)), 'routes without an entry in server/openapi/routes.ts').toEqual([])
    expect(documented.filter(d => !files.includes(d)), 'entries without a route file').toEqual([])
  })

  it('GET /api/openapi.json is an OpenAPI 3.1 document with parameters, bodies, answers, error codes and every code list', async () => {
    const res = await fetch(`${baseUrl()}/api/openapi.json`)
    expect(res.status).toBe(200)
    const doc = await res.json() as { openapi: string, paths: Record<string, Record<string, { parameters: { name: string, in: string }[], requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown>, required?: string[] } }> }, responses: Record<string, unknown> }>>, components: { schemas: Record<string, { enum?: string[] }> } }
    expect(doc.openapi).toBe('3.1.0')
    for (const r of ROUTES.filter(r => !r.hidden)) expect(doc.paths[r.path]?.[r.method], `${r.method} ${r.path}`).toBeTruthy()
    expect(doc.paths['/api/dev/mailbox']).toBeUndefined()
    const booking = doc.paths['/api/bookings']!.post!
    expect(booking.requestBody!.content['application/json']!.schema.required).toEqual(expect.arrayContaining(['mentorId', 'startsAt', 'stage', 'topic', 'description']))
    expect(Object.keys(booking.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '409']))
    expect(doc.paths['/api/projects']!.get!.parameters.map(p => p.name)).toEqual(expect.arrayContaining(['q', 'category', 'city', 'risk', 'page']))
    expect(doc.paths['/api/mentors/{id}/slots']!.get!.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'id', in: 'path' }), expect.objectContaining({ name: 'from', in: 'query' })]))
    expect(doc.components.schemas.Role!.enum).toEqual([...ROLES])
    expect(doc.components.schemas.ServiceStage!.enum).toEqual([...SERVICE_STAGE_CODES])
    expect(doc.components.schemas.BookingStatus!.enum).toEqual([...BOOKING_STATUSES])
    expect(doc.components.schemas.ErrorCode!.enum).toContain('slot_taken')
  })

  it('GET /api/docs is a readable page that loads nothing from elsewhere', async () => {
    const res = await fetch(`${baseUrl()}/api/docs`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/html')
    expect(res.headers.get('content-security-policy')).toContain('default-src \'none\'')
    const html = await res.text()
    expect(html).toContain('/api/bookings/{id}/reschedule')
    expect(html).toContain('slot_taken')
    expect(html).not.toMatch(/<script|<link|src=|url\(/i)
  })
})
