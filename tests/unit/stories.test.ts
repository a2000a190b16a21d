import { describe, expect, it } from 'vitest'
import { storyInputSchema, storyReviewSchema } from '#shared/schemas/story'
import { storyLifecycle } from '../../server/services/stories/rules'
import { storySlug } from '../../server/services/stories/slug'
import { toStoryOutcomes } from '../../server/services/stories/view'
import { caseOutcomes } from '#shared/utils/outcomes'

const unfeatured = { featured: false }

describe('a story\'s lifecycle', () => {
  it('the author edits only while it is not public, and may withdraw it from review or from the site', () => {
    expect(storyLifecycle.actionsFor('DRAFT', 'author', unfeatured)).toEqual(['edit', 'figures', 'submit'])
    expect(storyLifecycle.actionsFor('SUBMITTED', 'author', unfeatured)).toEqual(['figures', 'withdraw'])
    expect(storyLifecycle.actionsFor('PUBLISHED', 'author', unfeatured)).toEqual(['figures', 'withdraw'])
    expect(storyLifecycle.actionsFor('WITHDRAWN', 'author', unfeatured)).toEqual(['edit', 'figures', 'submit'])
    expect(storyLifecycle.actionsFor('REJECTED', 'author', unfeatured)).toEqual([])
    expect(storyLifecycle.refusal('edit', 'PUBLISHED', 'author', unfeatured)).toBe('invalid_transition')
  })

  it('staff decide a submitted story and feature a published one; they never edit or submit', () => {
    expect(storyLifecycle.actionsFor('SUBMITTED', 'staff', unfeatured)).toEqual(['approve', 'changes', 'reject'])
    expect(storyLifecycle.actionsFor('PUBLISHED', 'staff', unfeatured)).toEqual(['feature'])
    expect(storyLifecycle.actionsFor('PUBLISHED', 'staff', { featured: true })).toEqual(['unfeature'])
    expect(storyLifecycle.refusal('edit', 'DRAFT', 'staff', unfeatured)).toBe('forbidden')
    expect(storyLifecycle.refusal('approve', 'DRAFT', 'staff', unfeatured)).toBe('invalid_transition')
    expect(storyLifecycle.refusal('approve', 'SUBMITTED', 'author', unfeatured)).toBe('forbidden')
  })
})

describe('story input', () => {
  const base = { title: '我的面馆', summary: '一碗面的创业故事，从社区开始。', body: '正文'.repeat(30), cityCode: 'changchun', categoryCode: 'food-snacks' }
  it('names its limits and requires the text of every picture', () => {
    const r = storyInputSchema.safeParse({ ...base, title: '短', images: [{ id: '7f9c2d4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f', alt: '' }] })
    expect(r.success).toBe(false)
    const paths = r.error!.issues.map(i => i.path.join('.'))
    expect(paths).toEqual(expect.arrayContaining(['title', 'images.0.alt']))
    expect(storyInputSchema.safeParse({ ...base, figures: ['revenue'] }).success).toBe(false)
    expect(storyInputSchema.parse(base)).toMatchObject({ projectId: null, caseId: null, figures: [], images: [] })
  })
  it('a request for changes or a rejection needs a reason; an approval does not', () => {
    expect(storyReviewSchema.safeParse({ decision: 'approve' }).success).toBe(true)
    expect(storyReviewSchema.safeParse({ decision: 'changes', reason: '' }).success).toBe(false)
    expect(storyReviewSchema.safeParse({ decision: 'reject' }).success).toBe(false)
  })
})

describe('story addresses and figures', () => {
  it('a slug is the title in pinyin (or its English words) with a random tail', () => {
    expect(storySlug('从下岗到开三家面馆')).toMatch(/^cong-xia-gang-dao-kai-san-[a-f0-9]{6}$/)
    expect(storySlug('My Noodle Shop!')).toMatch(/^my-noodle-shop-[a-f0-9]{6}$/)
    expect(storySlug('我的店')).not.toBe(storySlug('我的店'))
  })
  it('shows only the chosen figures that are recorded', () => {
    const o = caseOutcomes({ openedOn: '2025-06-10', openingEmployees: 3, checkIns: [], loansDisbursed: [], trainingProgrammes: [] }, '2026-12-01')
    expect(toStoryOutcomes(o, ['employees', 'loan'])).toMatchObject({ shown: ['employees'], employees: 3, monthsTrading: null, loanFen: null })
    expect(toStoryOutcomes(o, ['loan'])).toBeNull()
    expect(toStoryOutcomes(undefined, ['employees'])).toBeNull()
  })
})
