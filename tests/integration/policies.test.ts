import { describe, expect, it } from 'vitest'
import type { PolicySummary, SearchResponse } from '#shared/types/content'
import { Client, control } from '../support/http'

describe('policy library', () => {
  it('lists at least 12 sample policies, newest first', async () => {
    const r = await new Client().get<PolicySummary[]>('/api/policies')
    expect(r.status).toBe(200)
    expect(r.body.length).toBeGreaterThanOrEqual(12)
    const dates = r.body.map(p => p.effectiveDate)
    expect([...dates].sort().reverse()).toEqual(dates)
  })

  it('filters by tag and by city (a city also sees province-wide policies)', async () => {
    const c = new Client()
    const loans = await c.get<PolicySummary[]>(`/api/policies?tag=${encodeURIComponent('创业担保贷款')}`)
    expect(loans.body.length).toBeGreaterThanOrEqual(3)
    expect(loans.body.every(p => p.tags.includes('创业担保贷款'))).toBe(true)
    const changchun = await c.get<PolicySummary[]>('/api/policies?city=changchun')
    expect(changchun.body.some(p => p.city === 'changchun')).toBe(true)
    expect(changchun.body.every(p => p.city === 'changchun' || p.city === 'province')).toBe(true)
    const province = await c.get<PolicySummary[]>('/api/policies?city=province')
    expect(province.body.every(p => p.city === 'province')).toBe(true)
    // an area (九台, a district of 长春) also sees its city's policies, but 长春 does not see 九台's
    const jiutai = await c.get<PolicySummary[]>('/api/policies?city=jiutai')
    expect(new Set(jiutai.body.map(p => p.city))).toEqual(new Set(['jiutai', 'changchun', 'province']))
    expect(changchun.body.some(p => p.city === 'jiutai')).toBe(false)
  })

  it('refuses an unknown tag with 400', async () => {
    const r = await new Client('en').get(`/api/policies?tag=${encodeURIComponent('免费午餐')}`)
    expect(r.status).toBe(400)
    expect(r.body).toMatchObject({ code: 'validation' })
  })
})

describe('site search (Meilisearch)', () => {
  it('finds Chinese words with highlighted snippets and type facets', async () => {
    const r = await new Client().get<SearchResponse>(`/api/search?q=${encodeURIComponent('担保贷款')}`)
    expect(r.status).toBe(200)
    expect(r.body.degraded).toBe(false)
    expect(r.body.hits.length).toBeGreaterThan(0)
    expect(r.body.hits[0]!.snippet).toContain('<mark>')
    expect(r.body.facets.type.policy).toBeGreaterThan(0)
  })

  it('escapes HTML in queries and trims very long ones', async () => {
    const r = await new Client().get<SearchResponse>(`/api/search?q=${encodeURIComponent('<script>alert(1)</script>')}${'贷'.repeat(500)}`)
    expect(r.status).toBe(200)
    expect(JSON.stringify(r.body)).not.toContain('<script>')
  })

  it('answers from the content database, marked degraded, while Meilisearch is down', async () => {
    await control('meili/stop')
    try {
      const r = await new Client().get<SearchResponse>(`/api/search?q=${encodeURIComponent('贷款')}`)
      expect(r.status).toBe(200)
      expect(r.body.degraded).toBe(true)
      expect(r.body.hits.length).toBeGreaterThan(0)
      const health = await new Client().get('/api/health')
      expect(health.body).toMatchObject({ status: 'degraded', search: 'down' })
    }
    finally {
      await control('meili/start')
    }
    const back = await new Client().get<SearchResponse>(`/api/search?q=${encodeURIComponent('贷款')}`)
    expect(back.body.degraded).toBe(false)
  })
})
