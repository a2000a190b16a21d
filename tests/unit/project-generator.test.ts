import { describe, expect, it } from 'vitest'
import { PROJECT_STATUSES, RISK_LEVELS, SOURCE_TYPES, SUITABLE_FOR } from '../../shared/utils/projects'
import { generateProjects, PROJECT_CATEGORIES } from '../../scripts/db/project-generator'
import type { GeneratedProject } from '../../scripts/db/project-generator'

const CITY_CODES = [
  'changchun', 'jilin', 'liaoyuan', 'siping', 'tonghua', 'baishan',
  'songyuan', 'baicheng', 'yanbian', 'changbaishan', 'jiutai',
]

const REQUIRED_CATEGORIES = [
  'food-snacks', 'agri-ecommerce', 'rural-tourism', 'ice-snow-tourism', 'ginseng-forest',
  'specialty-farming', 'korean-food', 'housekeeping', 'elderly-childcare', 'community-retail',
  'auto-services', 'crafts', 'education-training',
]

const POLICY_SLUGS = [
  'changchun-startup-guaranteed-loan', 'province-guaranteed-loan-rules', 'province-startup-training-subsidy',
  'province-tax-relief-key-groups', 'province-one-stop-startup-service', 'province-incubation-base-recognition',
  'changchun-college-graduate-startup-subsidy', 'jilin-incubation-base-rent-reduction',
  'liaoyuan-returning-migrant-startup', 'siping-syb-training-subsidy', 'tonghua-startup-mentor-service',
  'baishan-veterans-startup-support', 'songyuan-online-startup-training', 'baicheng-home-based-business-premises',
  'yanbian-speciality-industry-park-support', 'changbaishan-eco-tourism-startup', 'jiutai-rural-ecommerce-training',
]

const SECTIONS = ['## 项目介绍', '## 投资构成', '## 经营要点', '## 风险提示', '## 适合人群']

const HAN = /^\p{Script=Han}+$/u

function take(count: number, seed?: number): GeneratedProject[] {
  return [...generateProjects(count, seed)]
}

function between(value: number, min: number, max: number): boolean {
  return value >= min && value <= max
}

/** Amounts of the list items under ## 投资构成. */
function investmentItems(description: string): number[] {
  const section = description.split('## 投资构成')[1]?.split('## ')[0] ?? ''
  return section
    .split('\n')
    .filter(line => line.startsWith('- '))
    .map(line => Number((line.match(/([\d,]+)元$/)?.[1] ?? 'NaN').replaceAll(',', '')))
}

/** Every rule a project breaks, as readable strings; empty when the project is valid. */
function problems(p: GeneratedProject): string[] {
  const out: string[] = []
  const check = (ok: boolean, what: string) => {
    if (!ok) out.push(`${p.slug}: ${what}`)
  }
  check(/^[a-z0-9-]+$/.test(p.slug), 'slug is not [a-z0-9-]')
  check(between(p.title.length, 6, 24), `title length ${p.title.length}`)
  check(/\p{Script=Han}/u.test(p.title), 'title is not Chinese')
  check(between(p.summary.length, 40, 120), `summary length ${p.summary.length}`)
  check(between(p.description.length, 300, 900), `description length ${p.description.length}`)
  check(REQUIRED_CATEGORIES.includes(p.categoryCode), `category ${p.categoryCode}`)
  check(between(p.tags.length, 2, 5) && p.tags.every(t => HAN.test(t) && t.length <= 6), `tags ${p.tags.join(',')}`)
  check(new Set(p.tags).size === p.tags.length, 'duplicate tags')
  check(p.cityCode === null || CITY_CODES.includes(p.cityCode), `city ${p.cityCode}`)
  check(SOURCE_TYPES.includes(p.sourceType), `source ${p.sourceType}`)
  check(p.investmentMin % 1000 === 0 && p.investmentMax % 1000 === 0, 'investment not rounded to 1,000')
  check(between(p.investmentMin, 5000, 500_000), `investmentMin ${p.investmentMin}`)
  check(p.investmentMax >= p.investmentMin && p.investmentMax <= 2 * p.investmentMin, `investmentMax ${p.investmentMax}`)
  check(p.monthlyCost % 100 === 0 && p.monthlyCost > 0, `monthlyCost ${p.monthlyCost}`)
  check(Number.isInteger(p.paybackMonths) && between(p.paybackMonths, 3, 48), `payback ${p.paybackMonths}`)
  check(Number.isInteger(p.expectedJobs) && between(p.expectedJobs, 1, 30), `jobs ${p.expectedJobs}`)
  check(RISK_LEVELS.includes(p.riskLevel), `risk ${p.riskLevel}`)
  check(between(p.riskFactors.length, 1, 4), 'riskFactors count')
  check(between(p.requiredSkills.length, 1, 4), 'requiredSkills count')
  check(between(p.suitableFor.length, 1, 3) && p.suitableFor.every(c => SUITABLE_FOR.includes(c)), 'suitableFor')
  check(new Set(p.suitableFor).size === p.suitableFor.length, 'duplicate suitableFor')
  check(p.policySlugs.length <= 2 && p.policySlugs.every(s => POLICY_SLUGS.includes(s)), 'policySlugs')
  // A city's own policy only goes with projects in that city.
  check(p.policySlugs.every(s => s.startsWith('province-') || s.startsWith(`${p.cityCode}-`)), 'policy of another city')
  check(PROJECT_STATUSES.includes(p.status), `status ${p.status}`)
  check(!p.recommended || p.status === 'PUBLISHED', 'recommended but not published')
  check(
    p.recommended ? between(p.recommendationText?.length ?? 0, 20, 60) : p.recommendationText === null,
    'recommendationText',
  )
  check(Number.isInteger(p.createdDaysAgo) && between(p.createdDaysAgo, 1, 400), `created ${p.createdDaysAgo}`)
  check(Number.isInteger(p.updatedDaysAgo) && between(p.updatedDaysAgo, 0, p.createdDaysAgo), `updated ${p.updatedDaysAgo}`)
  check(p.status !== 'ARCHIVED' || p.updatedDaysAgo > 180, 'archived but updated recently')
  return out
}

/** Problems with the Markdown of a description. */
function markdownProblems(p: GeneratedProject): string[] {
  const out: string[] = []
  const d = p.description
  if (d.includes('<')) out.push(`${p.slug}: contains '<'`)
  const positions = SECTIONS.map(s => d.indexOf(s))
  if (positions.some(i => i < 0) || positions.some((pos, i) => i > 0 && pos < positions[i - 1]!)) {
    out.push(`${p.slug}: sections missing or out of order`)
  }
  const links = [...d.matchAll(/\[[^\]]*\]\(([^)]*)\)/g)].map(m => m[1]!)
  if (links.length > 1) out.push(`${p.slug}: ${links.length} links`)
  for (const target of links) {
    if (!target.startsWith('https://') && !/^\/[a-z0-9/-]*$/.test(target)) out.push(`${p.slug}: bad link ${target}`)
  }
  const schemes = [...d.matchAll(/([a-z][a-z0-9+.-]*):/gi)].map(m => m[1]!.toLowerCase())
  if (schemes.some(s => s !== 'https')) out.push(`${p.slug}: scheme ${schemes.join(',')}`)
  const items = investmentItems(d)
  const total = items.reduce((sum, n) => sum + n, 0)
  if (items.length < 2 || items.some(n => !(n > 0)) || Math.abs(total - p.investmentMin) > p.investmentMin * 0.05) {
    out.push(`${p.slug}: investment items ${items.join('+')} vs ${p.investmentMin}`)
  }
  return out
}

const SAMPLE = take(20_000)
const FIRST_200 = SAMPLE.slice(0, 200)
const FIRST_500 = SAMPLE.slice(0, 500)

describe('project generator', () => {
  it('exports the required categories with Chinese and English names', () => {
    const codes = PROJECT_CATEGORIES.map(c => c.code)
    expect(codes).toEqual(expect.arrayContaining(REQUIRED_CATEGORIES))
    expect(new Set(codes).size).toBe(codes.length)
    for (const category of PROJECT_CATEGORIES) {
      expect(category.nameZh).toMatch(/\p{Script=Han}/u)
      expect(category.nameEn).toMatch(/^[A-Z][A-Za-z ,-]+$/)
    }
  })

  it('is deterministic, and a longer sequence starts with the shorter one', () => {
    expect(take(300)).toEqual(take(300))
    expect(SAMPLE.slice(0, 300)).toEqual(take(300))
    expect(take(1200, 42).slice(0, 250)).toEqual(take(250, 42))
    expect(take(50, 42)).not.toEqual(take(50, 43))
  })

  it('yields lazily', () => {
    const iterator = generateProjects(Number.MAX_SAFE_INTEGER)
    const first = iterator.next()
    expect(first.done).toBe(false)
    expect(first.value).toEqual(SAMPLE[0])
  })

  it('rejects a bad count', () => {
    expect(() => generateProjects(-1).next()).toThrow(RangeError)
    expect(() => generateProjects(1.5).next()).toThrow(RangeError)
    expect(take(0)).toEqual([])
  })

  it('gives unique slugs over 20,000 projects', () => {
    expect(SAMPLE).toHaveLength(20_000)
    expect(new Set(SAMPLE.map(p => p.slug)).size).toBe(20_000)
    expect(SAMPLE[0]!.slug).toMatch(/^p-000001-[a-z0-9-]+$/)
  })

  it('keeps every field within its range and invariants', () => {
    expect(SAMPLE.flatMap(problems).slice(0, 20)).toEqual([])
  })

  it('writes descriptions in safe Markdown with the required sections', () => {
    expect(SAMPLE.flatMap(markdownProblems).slice(0, 20)).toEqual([])
  })

  it('covers every city, category and status in the first 200', () => {
    const cities = new Set(FIRST_200.map(p => p.cityCode))
    expect([...CITY_CODES].filter(c => !cities.has(c))).toEqual([])
    const categories = new Set(FIRST_200.map(p => p.categoryCode))
    expect(PROJECT_CATEGORIES.map(c => c.code).filter(c => !categories.has(c))).toEqual([])
    const statuses = new Set(FIRST_200.map(p => p.status))
    expect(PROJECT_STATUSES.filter(s => !statuses.has(s))).toEqual([])
  })

  it('keeps the same coverage for another seed', () => {
    const other = take(200, 7)
    expect(new Set(other.map(p => p.cityCode)).size).toBeGreaterThanOrEqual(CITY_CODES.length)
    expect(new Set(other.map(p => p.categoryCode)).size).toBe(PROJECT_CATEGORIES.length)
    expect(new Set(other.map(p => p.status)).size).toBe(PROJECT_STATUSES.length)
  })

  it('follows the status mix, the recommended share and the province-wide share', () => {
    const share = (predicate: (p: GeneratedProject) => boolean, of: GeneratedProject[] = SAMPLE) =>
      of.filter(predicate).length / of.length
    expect(share(p => p.status === 'PUBLISHED')).toBeCloseTo(0.75, 1)
    expect(share(p => p.status === 'PENDING')).toBeCloseTo(0.08, 1)
    expect(share(p => p.status === 'DRAFT')).toBeCloseTo(0.07, 1)
    expect(share(p => p.status === 'REJECTED')).toBeCloseTo(0.05, 1)
    expect(share(p => p.status === 'ARCHIVED')).toBeCloseTo(0.05, 1)
    const published = SAMPLE.filter(p => p.status === 'PUBLISHED')
    expect(share(p => p.recommended, published)).toBeGreaterThan(0.1)
    expect(share(p => p.recommended, published)).toBeLessThan(0.2)
    expect(share(p => p.cityCode === null)).toBeGreaterThan(0.05)
    expect(share(p => p.cityCode === null)).toBeLessThan(0.15)
    // Investment: mostly under 100k, 30–50k common, a few large ones.
    expect(share(p => p.investmentMin < 100_000)).toBeGreaterThan(0.7)
    expect(share(p => p.investmentMin >= 30_000 && p.investmentMin < 50_000)).toBeGreaterThan(0.15)
    expect(share(p => p.investmentMin >= 200_000)).toBeGreaterThan(0)
  })

  it('fits the content to the place', () => {
    const citiesOf = (category: string) => new Set(SAMPLE.filter(p => p.categoryCode === category).map(p => p.cityCode))
    expect([...citiesOf('ginseng-forest')].every(c => ['baishan', 'tonghua', 'changbaishan', 'yanbian', 'jilin'].includes(c!))).toBe(true)
    expect([...citiesOf('korean-food')].every(c => ['yanbian', 'changchun', 'jilin'].includes(c!))).toBe(true)
    const korean = SAMPLE.filter(p => p.categoryCode === 'korean-food')
    expect(korean.filter(p => p.cityCode === 'yanbian').length).toBeGreaterThan(korean.length / 2)
    const snowCities = ['jilin', 'changbaishan', 'changchun', 'tonghua', 'baishan', 'yanbian', 'songyuan']
    expect([...citiesOf('ice-snow-tourism')].every(c => snowCities.includes(c!))).toBe(true)
  })

  it('rarely repeats a title in the first 500', () => {
    expect(new Set(FIRST_500.map(p => p.title)).size).toBeGreaterThanOrEqual(495)
  })

  it('contains the search fixtures in the first 200', () => {
    const titled = (word: string) => FIRST_200.filter(p => p.title.includes(word))
    const tagged = (word: string) => FIRST_200.filter(p => p.title.includes(word) || p.tags.includes(word))
    expect(titled('奶茶').filter(p => p.cityCode === 'changchun').length).toBeGreaterThanOrEqual(2)
    expect(tagged('奶茶').length).toBeGreaterThanOrEqual(3)
    expect(tagged('茶饮').filter(p => !p.title.includes('奶茶') && !p.tags.includes('奶茶')).length).toBeGreaterThanOrEqual(1)
    expect(tagged('电商').length).toBeGreaterThanOrEqual(2)
    expect(tagged('网店').filter(p => !p.title.includes('电商')).length).toBeGreaterThanOrEqual(2)
    expect(titled('农家乐').length).toBeGreaterThanOrEqual(1)
    expect(titled('乡村旅游').length).toBeGreaterThanOrEqual(1)
    expect(titled('小型餐饮加盟').length).toBeGreaterThanOrEqual(1)
  })

  it('generates 100,000 projects in well under 10 s', { timeout: 60_000 }, () => {
    const started = performance.now()
    let count = 0
    for (const project of generateProjects(100_000)) {
      if (project.slug) count++
    }
    const elapsed = performance.now() - started
    console.log(`project generator: ${count} projects in ${Math.round(elapsed)} ms`)
    expect(count).toBe(100_000)
    expect(elapsed).toBeLessThan(20_000)
  })
})
