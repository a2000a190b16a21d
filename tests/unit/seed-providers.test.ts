import { describe, expect, it } from 'vitest'
import { generateProjects } from '../../scripts/db/project-generator'
import { providerFor } from '../../scripts/db/seed-providers'

describe('demo project providers', () => {
  const projects = [...generateProjects(220)]

  it('fit the project: its source type, category and place', () => {
    for (const p of projects) {
      const who = providerFor(p)
      if (who === 'demo') {
        // the demo co-operative of the Changbai mountains offers only farm and forest projects there
        expect(['ginseng-forest', 'specialty-farming', 'agri-ecommerce']).toContain(p.categoryCode)
        expect(['baishan', 'changbaishan', 'tonghua', 'yanbian']).toContain(p.cityCode)
        expect(p.sourceType).toBe('ASSOCIATION')
        continue
      }
      if (p.sourceType === 'ENTERPRISE') expect(who.name).toMatch(/有限公司|学校$/)
      if (p.sourceType === 'GOVERNMENT') expect(who.name).toMatch(/局$/)
      if (p.sourceType === 'UNIVERSITY') expect(who.name).toMatch(/大学|学院/)
      if (p.sourceType === 'ASSOCIATION') expect(who.name).toMatch(/协会|联合会|促进会/)
      expect(who.city).toBe(p.cityCode)
    }
  })

  it('no milk-tea kiosk in Changchun is offered by a farm co-operative', () => {
    const tea = projects.filter(p => p.cityCode === 'changchun' && p.categoryCode === 'food-snacks')
    expect(tea.length).toBeGreaterThan(0)
    for (const p of tea) expect(providerFor(p)).not.toBe('demo')
  })
})
