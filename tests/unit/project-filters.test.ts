import { describe, expect, it } from 'vitest'
import { projectListQuerySchema } from '#shared/schemas/project'
import { investmentBucket } from '#shared/utils/projects'
import { filterValue } from '../../server/search/engine'

describe('project list query', () => {
  it('splits comma-separated facet values, upper-cases codes, trims very long queries', () => {
    const q = projectListQuerySchema.parse({ q: `  ${'奶'.repeat(300)} `, category: 'food-snacks,crafts,,food-snacks', risk: 'low,High', page: '2' })
    expect(q.q).toHaveLength(100)
    expect(q.category).toEqual(['food-snacks', 'crafts'])
    expect(q.risk).toEqual(['LOW', 'HIGH'])
    expect(q.page).toBe(2)
    expect(q.sort).toBe('relevance')
  })

  it('refuses unknown codes and bad numbers', () => {
    expect(projectListQuerySchema.safeParse({ risk: 'extreme' }).success).toBe(false)
    expect(projectListQuerySchema.safeParse({ pageSize: '500' }).success).toBe(false)
    expect(projectListQuerySchema.safeParse({ investmentMin: '-1' }).success).toBe(false)
    expect(projectListQuerySchema.safeParse({ sort: 'price; DROP' }).success).toBe(false)
  })

  it('quotes filter values so they cannot break out of the filter', () => {
    expect(filterValue('a" OR city = "x')).toBe('"a\\" OR city = \\"x"')
    expect(filterValue('back\\slash')).toBe('"back\\\\slash"')
  })

  it('puts investments into buckets by their minimum', () => {
    expect(investmentBucket(0)).toBe('lt30k')
    expect(investmentBucket(30_000)).toBe('30k-50k')
    expect(investmentBucket(99_999)).toBe('50k-100k')
    expect(investmentBucket(500_000)).toBe('gte200k')
  })
})
