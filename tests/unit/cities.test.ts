import { describe, expect, it } from 'vitest'
import { areasAfterCities, rollUpAreas, withAreas } from '../../shared/utils/cities'

const cities = [
  { code: 'changchun' }, { code: 'jilin' }, { code: 'siping', parent: null }, { code: 'jiutai', parent: 'changchun' },
]

describe('cities and their areas', () => {
  it('a city filter includes its areas; an area alone stays alone', () => {
    expect(withAreas(cities, ['changchun']).sort()).toEqual(['changchun', 'jiutai'])
    expect(withAreas(cities, ['jiutai'])).toEqual(['jiutai'])
    expect(withAreas(cities, ['jilin', 'province'])).toEqual(['jilin', 'province'])
    expect(withAreas(cities, [])).toEqual([])
  })

  it('a city counts its areas\' records; areas keep their own count', () => {
    expect(rollUpAreas(cities, { changchun: 5, jiutai: 2, jilin: 1 })).toEqual({ changchun: 7, jiutai: 2, jilin: 1 })
    expect(rollUpAreas(cities, { jiutai: 2 })).toEqual({ changchun: 2, jiutai: 2 })
    expect(rollUpAreas(cities, { jilin: 1 })).toEqual({ jilin: 1 })
  })

  it('lists each area right after its city', () => {
    expect(areasAfterCities(cities).map(c => c.code)).toEqual(['changchun', 'jiutai', 'jilin', 'siping'])
  })
})
