/**
 * Fixtures for the mentor and booking tests, written straight to the database: signed-in users
 * (a Session row and its cookie, without going through register/verify/login), approved
 * mentors with their availability, and helpers for slots and bookings.
 */
import { randomBytes } from 'node:crypto'
import type { SlotResponse } from '#shared/types/mentor'
import type { ServiceStageCode } from '#shared/utils/stages'
import { addDays, zonedDate } from '#shared/utils/zoned-time'
import { SESSION_COOKIE } from '#shared/utils/session'
import { hashToken, newToken } from '../../server/utils/tokens'
import { enqueueSearchSync } from '../../server/search/outbox'
import { Client } from './http'
import type { ApiResponse } from './http'
import { db } from './db'

export type RoleName = 'ENTREPRENEUR' | 'PROVIDER' | 'MENTOR' | 'STAFF' | 'ADMIN'
export type UiLocale = 'zh-CN' | 'en'

export interface TestUser { id: string, email: string, name: string, client: Client }

export const token = () => randomBytes(5).toString('hex')

/** A client signed in as the user: a fresh Session row, its token in the sh_session cookie. */
export async function signIn(userId: string, locale: UiLocale = 'zh-CN'): Promise<Client> {
  const t = newToken()
  await db.session.create({ data: { tokenHash: hashToken(t), userId, expiresAt: new Date(Date.now() + 86_400_000) } })
  const client = new Client(locale)
  client.cookies.set(SESSION_COOKIE, t)
  return client
}

/** Creates users (roles given, email verified unless told otherwise), each with a signed-in client. */
export async function createUsers(n: number, opts: { roles?: RoleName[], verified?: boolean, locale?: UiLocale, prefix?: string } = {}): Promise<TestUser[]> {
  const roles = opts.roles ?? ['ENTREPRENEUR']
  const run = token()
  const data = Array.from({ length: n }, (_, i) => ({
    id: crypto.randomUUID(),
    email: `${opts.prefix ?? 'ent'}-${run}-${i}@example.test`,
    name: `测试创业者${run.slice(0, 4)}${i}`,
    passwordHash: 'x',
    locale: opts.locale === 'en' ? 'en' as const : 'zh_CN' as const,
    emailVerifiedAt: opts.verified === false ? null : new Date(),
  }))
  await db.user.createMany({ data })
  await db.userRole.createMany({ data: data.flatMap(u => roles.map(role => ({ userId: u.id, role }))) })
  const tokens = data.map(() => newToken())
  await db.session.createMany({ data: data.map((u, i) => ({ tokenHash: hashToken(tokens[i]!), userId: u.id, expiresAt: new Date(Date.now() + 86_400_000) })) })
  return data.map((u, i) => {
    const client = new Client(opts.locale ?? 'zh-CN')
    client.cookies.set(SESSION_COOKIE, tokens[i]!)
    return { id: u.id, email: u.email, name: u.name, client }
  })
}

export async function createUser(opts: { roles?: RoleName[], verified?: boolean, locale?: UiLocale, prefix?: string } = {}): Promise<TestUser> {
  return (await createUsers(1, opts))[0]!
}

export const staffUser = () => createUser({ roles: ['STAFF'], prefix: 'staff' })

export interface MentorFixture {
  displayName?: string
  status?: 'PENDING' | 'APPROVED' | 'REJECTED'
  type?: 'ENTREPRENEUR' | 'SUCCESSFUL_FOUNDER' | 'SCHOLAR' | 'GOVERNMENT'
  title?: string
  organisation?: string
  bio?: string
  stages?: ServiceStageCode[]
  industries?: string[]
  /** a city code, or null for province-wide */
  city?: string | null
  modes?: ('ONLINE' | 'IN_PERSON')[]
  languages?: string[]
  /** weekly rules; default: every day 00:00–24:00 */
  rules?: { weekday: number, startMinute: number, endMinute: number }[]
  overrides?: { date: string, kind: 'OFF' | 'EXTRA', startMinute?: number, endMinute?: number }[]
  sessionMinutes?: 30 | 60
  bufferMinutes?: number
  noticeHours?: number
  horizonDays?: number
  weeklyCap?: number
  paused?: boolean
  locale?: UiLocale
}

export interface TestMentor extends TestUser { mentorId: string, displayName: string }

export const ALL_DAY = [1, 2, 3, 4, 5, 6, 7].map(weekday => ({ weekday, startMinute: 0, endMinute: 1440 }))

/** An approved (by default) mentor with a MENTOR user, availability, and a queued search sync. */
export async function createMentor(f: MentorFixture = {}): Promise<TestMentor> {
  const t = token()
  const cityId = f.city === null ? null : (await db.city.findUniqueOrThrow({ where: { code: f.city ?? 'changchun' } })).id
  const displayName = f.displayName ?? `测试导师 m${t}`
  const email = `mentor-${t}@example.test`
  const modes = f.modes ?? ['ONLINE']
  const { user, mentor } = await db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email, name: displayName, passwordHash: 'x', emailVerifiedAt: new Date(), locale: f.locale === 'en' ? 'en' : 'zh_CN',
        roles: { create: (f.status ?? 'APPROVED') === 'APPROVED' ? [{ role: 'MENTOR' }] : [{ role: 'ENTREPRENEUR' }] },
      },
    })
    const mentor = await tx.mentor.create({
      data: {
        userId: user.id, displayName, type: f.type ?? 'SUCCESSFUL_FOUNDER', title: f.title ?? '创业导师', organisation: f.organisation ?? '吉林省创业孵化基地',
        bio: f.bio ?? '多年创业辅导经验，帮助多位创业者从零开业，熟悉餐饮、零售和电商。', stages: f.stages ?? ['PLAN', 'OPENING'],
        industries: f.industries ?? ['food-snacks'], cityId, modes, place: modes.includes('IN_PERSON') ? '长春市创业大厦 301' : null,
        meetingUrl: modes.includes('ONLINE') ? 'https://meet.example.test/room-1' : null, languages: f.languages ?? ['zh'],
        sessionMinutes: f.sessionMinutes ?? 60, bufferMinutes: f.bufferMinutes ?? 0, noticeHours: f.noticeHours ?? 0, horizonDays: f.horizonDays ?? 30,
        weeklyCap: f.weeklyCap ?? 40, paused: f.paused ?? false, status: f.status ?? 'APPROVED',
        rules: { create: f.rules ?? ALL_DAY },
        overrides: { create: (f.overrides ?? []).map(o => ({ date: o.date, kind: o.kind, startMinute: o.startMinute ?? null, endMinute: o.endMinute ?? null })) },
      },
    })
    await enqueueSearchSync(tx, 'mentor', [mentor.id])
    return { user, mentor }
  })
  return { id: user.id, email, name: displayName, displayName, mentorId: mentor.id, client: await signIn(user.id, f.locale) }
}

/** Today in Beijing plus n days (YYYY-MM-DD). */
export const beijingDay = (n = 0) => addDays(zonedDate(new Date()), n)

/** "2026-12-01" + "10:00" → "2026-12-01T10:00:00+08:00" */
export const at = (date: string, hhmm: string) => `${date}T${hhmm}:00+08:00`

export async function slots(client: Client, mentorId: string, from?: string, to?: string): Promise<ApiResponse<SlotResponse>> {
  const qs = new URLSearchParams({ ...(from ? { from } : {}), ...(to ? { to } : {}) })
  return client.get<SlotResponse>(`/api/mentors/${mentorId}/slots${qs.size ? `?${qs}` : ''}`)
}

export const bookingBody = (mentorId: string, startsAt: string, extra: Record<string, unknown> = {}) => ({
  mentorId, startsAt, stage: 'PLAN', topic: '开店选址咨询', description: '想在长春开一家社区早餐店，请导师帮忙看看选址和预算。', ...extra,
})

/** Books a slot and fails the test unless it was created. */
export async function book(client: Client, mentorId: string, startsAt: string, extra: Record<string, unknown> = {}): Promise<{ id: string, startsAt: string, status: string }> {
  const res = await client.post<{ id: string, startsAt: string, status: string }>('/api/bookings', bookingBody(mentorId, startsAt, extra))
  if (res.status !== 201) throw new Error(`booking ${startsAt} failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}

export interface JobRow { key: string, task: string, run_at: Date, payload: { id: string, kind: string, startsAt: string }, attempts: number }

/** The queued graphile-worker jobs with these keys (the public jobs view has no payload, so the table itself). */
export async function jobsByKey(...keys: string[]): Promise<JobRow[]> {
  return db.$queryRaw<JobRow[]>`
    SELECT j.key, t.identifier AS task, j.run_at, j.payload, j.attempts
      FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
     WHERE j.key = ANY(${keys}::text[])`
}

/** Runs a scheduled job now (the worker polls every 200 ms in tests). */
export async function runJobNow(key: string): Promise<void> {
  await db.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE key = ${key}`
}

/** Counts HTTP statuses and error codes of a batch of answers. */
export function tally(results: ApiResponse<{ code?: string }>[]): { created: number, status: Record<number, number>, codes: Record<string, number>, serverErrors: number } {
  const status: Record<number, number> = {}
  const codes: Record<string, number> = {}
  for (const r of results) {
    status[r.status] = (status[r.status] ?? 0) + 1
    if (r.status >= 400) codes[r.body?.code ?? '?'] = (codes[r.body?.code ?? '?'] ?? 0) + 1
  }
  return { created: status[201] ?? 0, status, codes, serverErrors: results.filter(r => r.status >= 500).length }
}
