import type { PublicUser } from '#shared/types/user'
import { toCsv } from '../../utils/csv'
import type { CaseStageView, CaseSummary, CaseTimelineEntry, CaseView, StaffCaseRow } from '#shared/types/case'
import type { StaffCaseQuery } from '#shared/schemas/case'
import type { ServiceStageCode } from '#shared/utils/stages'
import { SERVICE_STAGE_CODES } from '#shared/utils/stages'
import { STALLED_AFTER_DAYS } from '#shared/utils/cases'
import { maskIdNumber } from '#shared/utils/mask'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { decryptPersonal } from '../../utils/crypto'
import { withAreas } from '#shared/utils/cities'
import { referenceData, staffCities } from '../reference'
import { caseFor } from './access'
import type { CaseFacts, CaseRole } from './rules'
import { caseLifecycle, currentStage, displayStatus, stageActions } from './rules'

/** Reads of cases, each for someone who may see them (access.ts). */
const caseSelect = {
  id: true, title: true, status: true, legalForm: true, ownerId: true, createdAt: true, lastActivityAt: true,
  openedOn: true, openingLegalForm: true, openingEmployees: true, creditCodeEnc: true,
  category: { select: { code: true } }, city: { select: { code: true } },
  project: { select: { id: true, slug: true, title: true } },
  adviser: { select: { id: true, name: true, mentorProfile: { select: { id: true } } } },
  invitedAdviserId: true,
  stages: { select: { stage: true, status: true, note: true, completedAt: true } },
  plan: { select: { startupTotal: true } },
} satisfies Prisma.CaseSelect
type CaseRow = Prisma.CaseGetPayload<{ select: typeof caseSelect }>

export function caseFacts(c: { plan: { startupTotal: number } | null, openedOn: string | null }): CaseFacts {
  return { planHasCosts: (c.plan?.startupTotal ?? 0) > 0, openingRecorded: !!c.openedOn }
}

export function stageViews(c: Pick<CaseRow, 'stages' | 'plan' | 'openedOn'>, opts: { actions?: boolean } = {}): CaseStageView[] {
  const facts = caseFacts(c)
  return SERVICE_STAGE_CODES.map((code) => {
    const s = c.stages.find(x => x.stage === code)
    const stored = s?.status ?? 'NOT_STARTED'
    const { status, blockedBy } = displayStatus(code, stored, facts)
    return { code, status, blockedBy, note: s?.note ?? null, completedAt: s?.completedAt?.toISOString() ?? null, actions: opts.actions ? stageActions(code, stored, facts) : [] }
  })
}

/** A 统一社会信用代码 as pages show it: 9122**********123X */
function maskedCreditCode(enc: string | null): string | null {
  return enc ? maskIdNumber(decryptPersonal(enc)) : null
}

/**
 * One timeline of everything on the case: its own events, and the bookings, match-me requests
 * and enquiries made from inside it (with what happened to the bookings since).
 */
async function timeline(caseId: string): Promise<CaseTimelineEntry[]> {
  const [events, bookingEvents] = await Promise.all([
    prisma.caseEvent.findMany({ where: { caseId }, orderBy: { id: 'asc' }, take: 500, select: { action: true, actorId: true, reason: true, payload: true, createdAt: true } }),
    prisma.bookingEvent.findMany({
      where: { booking: { caseId }, action: { in: ['accepted', 'declined', 'cancelled', 'completed', 'no_show', 'expired', 'rescheduled'] } },
      orderBy: { id: 'asc' }, take: 200,
      select: { action: true, actorId: true, createdAt: true, booking: { select: { id: true, mentor: { select: { displayName: true } } } } },
    }),
  ])
  const actorIds = [...new Set([...events, ...bookingEvents].map(e => e.actorId).filter((x): x is string => !!x))]
  const names = new Map((await prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map(u => [u.id, u.name]))
  const flat = (p: unknown): Record<string, string | number | null> => Object.fromEntries(Object.entries((p ?? {}) as Record<string, unknown>)
    .filter(([, v]) => v === null || ['string', 'number'].includes(typeof v)).map(([k, v]) => [k, v as string | number | null]))
  return [
    ...events.map(e => ({ at: e.createdAt.toISOString(), actor: e.actorId ? names.get(e.actorId) ?? null : null, kind: e.action, data: { ...flat(e.payload), ...(e.reason ? { reason: e.reason } : {}) } })),
    ...bookingEvents.map(e => ({ at: e.createdAt.toISOString(), actor: e.actorId ? names.get(e.actorId) ?? null : null, kind: `booking_${e.action}`, data: { bookingId: e.booking.id, mentor: e.booking.mentor.displayName } })),
  ].sort((a, b) => a.at.localeCompare(b.at))
}

function toView(c: CaseRow, role: CaseRole, entries: CaseTimelineEntry[]): CaseView {
  return {
    id: c.id,
    title: c.title,
    status: c.status,
    legalForm: c.legalForm,
    category: c.category.code,
    city: c.city?.code ?? null,
    project: c.project,
    stages: stageViews(c, { actions: role === 'owner' && c.status === 'OPEN' }),
    timeline: entries,
    adviser: c.adviser ? { id: c.adviser.id, name: c.adviser.name, mentorId: c.adviser.mentorProfile?.id ?? null } : null,
    invitedAdviser: null,
    role,
    actions: caseLifecycle.actionsFor(c.status, role, undefined),
    opening: c.openedOn && c.openingLegalForm && c.openingEmployees
      ? { openedOn: c.openedOn, legalForm: c.openingLegalForm, employees: c.openingEmployees, creditCode: maskedCreditCode(c.creditCodeEnc) }
      : null,
    createdAt: c.createdAt.toISOString(),
    lastActivityAt: c.lastActivityAt.toISOString(),
  }
}

/** GET /api/cases/:id — for the owner, the adviser and staff of the city; an invited mentor sees only what the invitation needs. */
export async function getCase(user: PublicUser, id: string): Promise<CaseView> {
  const { role } = await caseFor(prisma, user, id)
  const c = await prisma.case.findUniqueOrThrow({ where: { id }, select: caseSelect })
  if (role === 'invited') {
    // enough to decide: what the case is about and whose it is — not its plan, answers or history
    return { ...toView(c, role, []), opening: null, stages: stageViews(c).map(s => ({ ...s, note: null })) }
  }
  const view = toView(c, role, await timeline(id))
  if (c.invitedAdviserId) {
    const invited = await prisma.user.findUnique({ where: { id: c.invitedAdviserId }, select: { id: true, name: true, mentorProfile: { select: { id: true } } } })
    view.invitedAdviser = invited ? { id: invited.id, name: invited.name, mentorId: invited.mentorProfile?.id ?? null } : null
  }
  return view
}

function toSummary(c: Pick<CaseRow, 'id' | 'title' | 'status' | 'createdAt' | 'lastActivityAt' | 'stages' | 'plan' | 'openedOn'>): CaseSummary {
  const stages = stageViews(c)
  return {
    id: c.id, title: c.title, status: c.status, currentStage: currentStage(c.stages),
    stages: stages.map(s => ({ code: s.code, status: s.status })), createdAt: c.createdAt.toISOString(), lastActivityAt: c.lastActivityAt.toISOString(),
  }
}

/**
 * GET /api/cases/mine — the person's cases (the open one first), those they advise, and the
 * invitations to advise. One query for all three lists, split here (three queries with their
 * relations cost a signed-in page three times the database round trips).
 */
const STATUS_ORDER: Record<string, number> = { OPEN: 0, CLOSED: 1, ABANDONED: 2 }
const byTime = (key: 'createdAt' | 'lastActivityAt') => (a: Record<typeof key, Date>, b: Record<typeof key, Date>) => b[key].getTime() - a[key].getTime()

export async function listMyCases(user: PublicUser): Promise<{ owned: CaseSummary[], advised: CaseSummary[], invitations: CaseSummary[] }> {
  const select = {
    id: true, title: true, status: true, createdAt: true, lastActivityAt: true, openedOn: true, stages: caseSelect.stages, plan: caseSelect.plan,
    ownerId: true, adviserId: true, invitedAdviserId: true,
  } satisfies Prisma.CaseSelect
  const rows = await prisma.case.findMany({
    where: { OR: [{ ownerId: user.id }, { adviserId: user.id }, { invitedAdviserId: user.id, status: 'OPEN' }] },
    orderBy: { createdAt: 'desc' },
    take: 300,
    select,
  })
  const owned = rows.filter(c => c.ownerId === user.id)
    .sort((a, b) => (STATUS_ORDER[a.status]! - STATUS_ORDER[b.status]!) || byTime('createdAt')(a, b)).slice(0, 50)
  const advised = rows.filter(c => c.adviserId === user.id).sort(byTime('lastActivityAt')).slice(0, 200)
  const invitations = rows.filter(c => c.invitedAdviserId === user.id && c.status === 'OPEN').slice(0, 50)
  return { owned: owned.map(toSummary), advised: advised.map(toSummary), invitations: invitations.map(toSummary) }
}

/** The open case of a person, if any (for the buttons "continue my case" and for caseId checks). */
export async function openCaseOf(userId: string, db: Prisma.TransactionClient = prisma): Promise<{ id: string } | null> {
  return db.case.findFirst({ where: { ownerId: userId, status: 'OPEN' }, select: { id: true } })
}

export const STAFF_CASES_PAGE_SIZE = 50

/** The staff list (/staff/cases): by city, stage, status; stalled ones and those asking for help. Scoped to the staff member's cities. */
export async function listStaffCases(user: PublicUser, q: StaffCaseQuery, opts: { all?: boolean } = {}): Promise<{ items: StaffCaseRow[], total: number, page: number, pageSize: number }> {
  const mine = await staffCities(user)
  const ref = await referenceData()
  if (q.city && !ref.cityByCode.has(q.city)) throw new AppError('validation', { city: { key: 'validation.unknownValues', params: { values: q.city, allowed: ref.cities.map(c => c.code).join(', ') } } })
  const wanted = q.city ? withAreas(ref.cities, [q.city]) : null
  const cities = mine && wanted ? wanted.filter(c => mine.includes(c)) : (wanted ?? mine)
  const stalledBefore = new Date(Date.now() - STALLED_AFTER_DAYS * 86_400_000)
  const where: Prisma.CaseWhereInput = {
    ...(cities ? { city: { code: { in: cities } } } : {}),
    ...(q.status ? { status: q.status } : {}),
    ...(q.stage ? { currentStage: q.stage } : {}),
    ...(q.stalled ? { status: 'OPEN', lastActivityAt: { lt: stalledBefore } } : {}),
    ...(q.help ? { tasks: { some: { kind: 'check_in_help', status: 'OPEN' } } } : {}),
  }
  const select = {
    id: true, title: true, status: true, lastActivityAt: true, openedOn: true,
    owner: { select: { name: true } }, city: { select: { code: true } }, adviser: { select: { name: true } },
    stages: { select: { stage: true, status: true } }, plan: { select: { startupTotal: true } },
    tasks: { where: { kind: 'check_in_help', status: 'OPEN' }, select: { id: true } },
  } satisfies Prisma.CaseSelect
  const [pageRows, total] = await Promise.all([
    prisma.case.findMany({ where, select, orderBy: [{ lastActivityAt: 'asc' }, { id: 'asc' }], skip: opts.all ? 0 : (q.page - 1) * STAFF_CASES_PAGE_SIZE, take: opts.all ? 50_000 : STAFF_CASES_PAGE_SIZE }),
    prisma.case.count({ where }),
  ])
  return {
    items: pageRows.map(r => ({
      id: r.id, title: r.title, ownerName: r.owner.name, city: r.city?.code ?? null, status: r.status, currentStage: currentStage(r.stages),
      stageStatuses: Object.fromEntries(SERVICE_STAGE_CODES.map(code => [code, r.stages.find(s => s.stage === code)?.status ?? 'NOT_STARTED'])) as Record<ServiceStageCode, StaffCaseRow['stageStatuses'][ServiceStageCode]>,
      adviserName: r.adviser?.name ?? null, lastActivityAt: r.lastActivityAt.toISOString(),
      stalled: r.status === 'OPEN' && r.lastActivityAt < stalledBefore, helpNeeded: r.tasks.length,
    })),
    total,
    page: q.page,
    pageSize: STAFF_CASES_PAGE_SIZE,
  }
}

/** The same list as CSV (UTF-8 with BOM so spreadsheet programs read the Chinese). No personal numbers. */
export async function staffCasesCsv(user: PublicUser, q: StaffCaseQuery): Promise<string> {
  const { items } = await listStaffCases(user, q, { all: true })
  const header = ['id', 'title', 'owner', 'city', 'status', 'current_stage', ...SERVICE_STAGE_CODES.map(s => `stage_${s.toLowerCase()}`), 'adviser', 'last_activity', 'stalled', 'help_needed']
  return toCsv([header, ...items.map(r => [r.id, r.title, r.ownerName, r.city, r.status, r.currentStage, ...SERVICE_STAGE_CODES.map(s => r.stageStatuses[s]), r.adviserName, r.lastActivityAt, r.stalled, r.helpNeeded])])
}
