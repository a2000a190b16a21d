import type { PublicUser } from '#shared/types/user'
import type { ChecklistItemUpdate, Opening } from '#shared/schemas/opening'
import type { ChecklistProgress, ChecklistState } from '#shared/utils/opening-checklist'
import { checklistState, generateChecklist } from '#shared/utils/opening-checklist'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { encryptPersonal } from '../../utils/crypto'
import { caseFor } from './access'
import { caseActivity, setStage } from './commands'
import { scheduleCheckIns } from './follow-up'

/**
 * 开业指导: the opening checklist generated from the case's legal form, category and city
 * (shared/data/opening-checklist.ts, reviewed data), the person's progress on each item, and the
 * recorded opening, which completes the stage and schedules the follow-up check-ins.
 */
async function caseBasics(id: string) {
  return prisma.case.findUniqueOrThrow({
    where: { id },
    select: { status: true, legalForm: true, category: { select: { code: true } }, city: { select: { code: true } }, openingItems: { select: { code: true, status: true, doneOn: true, reason: true } } },
  })
}

function stateOf(c: Awaited<ReturnType<typeof caseBasics>>): ChecklistState {
  const items = generateChecklist({ legalForm: c.legalForm, category: c.category.code, city: c.city?.code ?? null })
  const progress = Object.fromEntries(c.openingItems.map(i => [i.code, { status: i.status, doneOn: i.doneOn ?? undefined, reason: i.reason ?? undefined } as ChecklistProgress]))
  return checklistState(items, progress)
}

/** GET /api/cases/:id/opening-checklist — for everyone who may see the case. */
export async function getOpeningChecklist(user: PublicUser, id: string): Promise<ChecklistState> {
  const { role } = await caseFor(prisma, user, id, { purpose: 'opening' })
  if (role === 'invited') throw new AppError('not_found')
  return stateOf(await caseBasics(id))
}

/** PATCH /api/cases/:id/opening-checklist/:item — the owner's progress on one item. */
export async function updateChecklistItem(user: PublicUser, id: string, update: ChecklistItemUpdate): Promise<ChecklistState> {
  return prisma.$transaction(async (tx) => {
    const { role } = await caseFor(tx, user, id)
    if (role !== 'owner') throw new AppError(role === 'invited' ? 'not_found' : 'forbidden')
    const c = await caseBasics(id)
    if (c.status !== 'OPEN') throw new AppError('invalid_transition')
    const item = stateOf(c).items.find(i => i.code === update.code)
    if (!item) throw new AppError('validation', { code: 'validation.invalid' })
    // an item that waits for another cannot be started or done before it
    if (item.status === 'CANNOT_START' && (update.status === 'IN_PROGRESS' || update.status === 'DONE')) throw new AppError('invalid_transition')
    await tx.openingItem.upsert({
      where: { caseId_code: { caseId: id, code: update.code } },
      create: { caseId: id, code: update.code, status: update.status, doneOn: update.doneOn, reason: update.reason },
      update: { status: update.status, doneOn: update.doneOn, reason: update.reason },
    })
    await caseActivity(tx, id, { action: 'checklist_item', actorId: user.id, reason: update.reason, payload: { item: update.code, status: update.status, ...(update.doneOn ? { doneOn: update.doneOn } : {}) } })
    await setStage(tx, id, 'OPENING', 'start', user.id)
    const fresh = await tx.case.findUniqueOrThrow({ where: { id }, select: { status: true, legalForm: true, category: { select: { code: true } }, city: { select: { code: true } }, openingItems: { select: { code: true, status: true, doneOn: true, reason: true } } } })
    return stateOf(fresh)
  })
}

/**
 * POST /api/cases/:id/opening — the business opened: licence date, legal form, people employed
 * (the owner included) and, optionally, the 统一社会信用代码 (stored encrypted, shown masked).
 * Completes the opening stage, starts follow-up and schedules the check-ins at 3, 6, 12, 24 and
 * 36 months.
 */
export async function recordOpening(user: PublicUser, id: string, input: Opening): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { role } = await caseFor(tx, user, id)
    if (role !== 'owner') throw new AppError(role === 'invited' ? 'not_found' : 'forbidden')
    const c = await tx.case.findUniqueOrThrow({ where: { id }, select: { status: true, openedOn: true } })
    if (c.status !== 'OPEN' || c.openedOn) throw new AppError('invalid_transition')
    await tx.case.update({
      where: { id },
      data: { openedOn: input.openedOn, openingLegalForm: input.legalForm, openingEmployees: input.employees, legalForm: input.legalForm, creditCodeEnc: input.creditCode ? encryptPersonal(input.creditCode) : null },
    })
    // the licence is done as of the opening day
    await tx.openingItem.upsert({
      where: { caseId_code: { caseId: id, code: 'BUSINESS_LICENCE' } },
      create: { caseId: id, code: 'BUSINESS_LICENCE', status: 'DONE', doneOn: input.openedOn },
      update: { status: 'DONE', doneOn: input.openedOn, reason: null },
    })
    await caseActivity(tx, id, { action: 'opened', actorId: user.id, payload: { openedOn: input.openedOn, legalForm: input.legalForm, employees: input.employees } })
    await setStage(tx, id, 'OPENING', 'complete', user.id)
    await setStage(tx, id, 'FOLLOW_UP', 'start', null)
    await scheduleCheckIns(tx, id, input.openedOn)
  })
}
