import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ProjectListResponse } from '#shared/types/project'
import type { MentorListResponse } from '#shared/types/mentor'
import type { SearchResponse } from '#shared/types/content'
import { Client } from '../support/http'
import { createMentor, token } from '../support/mentors'
import { createProject, eventually } from '../support/projects'
import { db } from '../support/db'

/**
 * English-speaking visitors and people who type pinyin find the Chinese records: the words a
 * search box suggests (its placeholder) each find what they promise, in both languages.
 */
const locale = (file: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../i18n/locales', file), 'utf8'))
const examples = (placeholder: string) => placeholder.replace(/^(例如：|e\.g\.\s*)/, '').split(/[、，,]\s*/).map(s => s.trim()).filter(Boolean)

const tk = token()
const ids: Record<string, string> = {}
const projects = (q: string) => new Client().get<ProjectListResponse>(`/api/projects?q=${encodeURIComponent(q)}&pageSize=50`)
const finds = async (q: string, key: string) => (await projects(q)).body.items.some(i => i.id === ids[key])

beforeAll(async () => {
  ids.tea = (await createProject({ title: `学生街奶茶铺 ${tk}`, tags: ['奶茶'], city: 'siping' })).id
  ids.farm = (await createProject({ title: `山里农家乐小院 ${tk}`, category: 'rural-tourism', city: 'baishan' })).id
  ids.ginseng = (await createProject({ title: `林下人参种植 ${tk}`, category: 'ginseng-forest', city: 'tonghua' })).id
  ids.shop = (await createProject({ title: `长春特产电商小店 ${tk}`, category: 'agri-ecommerce', city: 'changchun', tags: ['电商'] })).id
  ids.food = (await createProject({ title: `社区餐饮快餐店 ${tk}`, category: 'food-snacks', city: 'jilin' })).id
  ids.teaShop = (await createProject({ title: `奶茶店铺加盟 ${tk}`, city: 'liaoyuan' })).id
  await eventually(async () => (await projects(tk)).body.total === 6, 20_000)
})

describe('English searches', () => {
  it('every example the English placeholder shows finds what it promises', async () => {
    const words = examples(locale('en.json').project.searchPlaceholder)
    expect(words).toEqual(['milk tea', 'farm stay', 'Changchun e-commerce'])
    expect(await finds('milk tea', 'tea')).toBe(true)
    expect(await finds('farm stay', 'farm')).toBe(true)
    expect(await finds('Changchun e-commerce', 'shop')).toBe(true)
    // and the Chinese placeholder likewise
    const zh = examples(locale('zh-CN.json').project.searchPlaceholder)
    expect(zh).toEqual(['奶茶', '农家乐', '长春 电商'])
    expect(await finds('奶茶', 'tea')).toBe(true)
    expect(await finds('农家乐', 'farm')).toBe(true)
    expect(await finds('长春 电商', 'shop')).toBe(true)
  })

  it('English words for Chinese terms, and English category and city names, find the Chinese projects', async () => {
    expect(await finds('tea', 'tea')).toBe(true)
    expect(await finds('ginseng', 'ginseng')).toBe(true)
    expect(await finds('catering', 'food')).toBe(true)
    expect(await finds('Tonghua', 'ginseng')).toBe(true)
    expect(await finds('rural tourism', 'farm')).toBe(true)
    // without English synonyms nothing could match: these documents are Chinese only
    expect(await finds('milk tea', 'ginseng')).toBe(false)
  })

  it('site search does not match "tea" in "team"', async () => {
    // the English texts of these two say "team" and never "tea"
    const team = ['/policies/tonghua-startup-mentor-service', '/news/liaoyuan-mentor-team-new-members']
    const res = await new Client('en').get<SearchResponse>('/api/search?q=tea&locale=en')
    expect(res.status).toBe(200)
    expect(res.body.hits.filter(h => team.some(t => h.url.endsWith(t)))).toEqual([])
    expect(res.body.hits.some(h => h.id === ids.tea)).toBe(true)
    // while the whole word still finds them
    const word = await new Client('en').get<SearchResponse>('/api/search?q=team&locale=en')
    expect(word.body.hits.some(h => team.some(t => h.url.endsWith(t)))).toBe(true)
  })

  it('the mentor directory answers its placeholders in both languages', async () => {
    const m = await createMentor({ displayName: `钱导师${tk}`, industries: ['food-snacks'], stages: ['FINANCING'], bio: '专注融资辅导和餐饮门店选址，帮助创业者申请创业担保贷款。' })
    await eventually(async () => (await new Client().get<MentorListResponse>(`/api/mentors?q=${encodeURIComponent(`钱导师${tk}`)}`)).body.total === 1, 15_000)
    const mentors = async (q: string) => (await new Client().get<MentorListResponse>(`/api/mentors?q=${encodeURIComponent(q)}&pageSize=50`)).body.items.some(i => i.id === m.mentorId)
    expect(examples(locale('en.mentors.json').mentors.searchPlaceholder)).toEqual(['financing', 'catering', 'Changchun'])
    for (const q of ['financing', 'catering', 'Changchun', '融资', '餐饮', '长春']) expect(await mentors(q), q).toBe(true)
    // and by the pinyin of the name
    expect(await mentors('qian')).toBe(true)
  })
})

describe('pinyin', () => {
  it('whole syllables, spaced syllables and initials find the Chinese words', async () => {
    const found: [string, string][] = [
      ['canyin', 'food'], ['naicha', 'tea'], ['nai cha', 'tea'], ['ncdp', 'teaShop'], ['renshen', 'ginseng'], ['changchun dianshang', 'shop'],
      // a phrase of words typed as one (奶茶|店铺), and the next words spaced
      ['naichadianpu', 'teaShop'], ['dianpu jiameng', 'teaShop'], ['nongjiale', 'farm'],
    ]
    for (const [q, key] of found) expect(await finds(q, key), q).toBe(true)
  })

  it('pinyin that cuts a word in two finds nothing there (茶店 of 奶茶|店铺, 里农 of 山里|农家乐)', async () => {
    for (const [q, key] of [['chadian', 'teaShop'], ['linong', 'farm']] as const) expect(await finds(q, key), q).toBe(false)
  })

  it('a typo still finds the word where Meilisearch\'s typo tolerance allows, in pinyin and in Chinese', async () => {
    expect(await finds('naica', 'tea')).toBe(true)
    const typo = await projects('奶查')
    expect(typo.body.items.some(i => i.id === ids.tea)).toBe(true)
    expect(typo.body.interpretedAs).toBe('naicha')
  })

  it('pinyin is in the index, never typed by anyone', async () => {
    const p = await db.project.findUniqueOrThrow({ where: { id: ids.tea } })
    expect(p.title).not.toMatch(/naicha/)
  })
})
