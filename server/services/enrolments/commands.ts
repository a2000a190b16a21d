import type { PublicUser } from '#shared/types/user'
import type { EnrolResult } from '#shared/types/training'
import type { EnrolInput } from '#shared/schemas/training'
import { programmeOf, trainingRulesOn } from '#shared/data/training-rules'
import { LIVE_ENROLMENT, minimumCapacity, nextInQueue, offersToMake } from '#shared/utils/enrolments'
import { zonedDate } from '#shared/utils/zoned-time'
import { prisma, isUniqueViolation } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { recordEvent } from '../../utils/events'
import { addJob, removeJob } from '../../utils/jobs'
import type { EnrolmentCommand } from './rules'
import { enrolmentFacts, enrolmentLifecycle } from './rules'
import type { EnrolmentRow, OfferingRow, Tx } from './store'
import { ENROLMENT_TX, enrolmentSelect, firstLessonAt, lockOffering, offeringSelect, waitingQueue } from './store'
import { queueTell, tellEnrolment } from './notifications'

/**
 * The enrolment engine's commands, shared by trainings and events. Each runs in one transaction
 * that locks the offering's row first, decides with the pure rules (shared/utils/enrolments.ts,
 * rules.ts), writes the enrolment, its event, the offering's counters, the mails and the jobs
 * together — if any part fails, none of it happened.
 *
 * Fairness: a freed place (a cancellation, a declined or lapsed offer, a larger capacity) is
 * offered at once to the first people still waiting, in the order they joined. Whoever gave a
 * place up has left the queue for good, so a place never comes back to a former holder; joining
 * again means the back of the queue.
 */
export const OFFER_LAPSE_TASK = 'enrolment_offer_lapse'
export const ENROLMENT_REMINDER_TASK = 'enrolment_reminder'

const offerJobKey = (id: string) => `enrol-offer:${id}`
const reminderJobKey = (id: string) => `enrol-remind:${id}`

async function inEnrolmentTx<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return prisma.$transaction(fn, ENROLMENT_TX)
}

async function scheduleReminder(tx: Tx, e: { id: string }, o: OfferingRow, now: Date): Promise<void> {
  const rules = trainingRulesOn(zonedDate(now))
  const at = new Date(firstLessonAt(o).getTime() - rules.reminderHoursBefore * 3_600_000)
  if (firstLessonAt(o) > now) await addJob(tx, ENROLMENT_REMINDER_TASK, { id: e.id }, { runAt: at > now ? at : now, jobKey: reminderJobKey(e.id) })
}

/** Checks a command against the lifecycle table; refuses with the table's reason. */
function allow(command: EnrolmentCommand, e: EnrolmentRow, o: OfferingRow, now: Date, role: 'trainee' | 'trainer' | 'system' = 'trainee'): void {
  const facts = enrolmentFacts(e, firstLessonAt(o), now)
  const refusal = enrolmentLifecycle.refusal(command, e.status, role, facts)
  if (refusal === 'forbidden') throw new AppError('forbidden')
  if (refusal) throw new AppError(command === 'accept' && e.status === 'OFFERED' && facts.offerExpired ? 'offer_expired' : 'invalid_transition')
}

/**
 * Offers the free places to the first people waiting (as many as are free), holding each for the
 * session's offer time (but never past the first lesson). Runs inside a locked transaction.
 */
export async function offerFreedPlaces(tx: Tx, o: OfferingRow, now: Date): Promise<void> {
  if (o.status !== 'PUBLISHED' || firstLessonAt(o) <= now) return
  const n = offersToMake({ capacity: o.capacity, taken: o.placesTaken, waiting: o.waiting })
  if (!n) return
  const next = nextInQueue(await waitingQueue(tx, o.id, n), n)
  const until = new Date(Math.min(now.getTime() + o.offerHours * 3_600_000, firstLessonAt(o).getTime()))
  await tx.offering.update({ where: { id: o.id }, data: { placesTaken: { increment: next.length }, waiting: { decrement: next.length } } })
  o.placesTaken += next.length
  o.waiting -= next.length
  for (const w of next) {
    const offered = await tx.enrolment.update({ where: { id: w.id }, data: { status: 'OFFERED', offeredAt: now, offerExpiresAt: until }, select: enrolmentSelect })
    await recordEvent(tx, 'enrolment', w.id, { action: 'offered', from: 'WAITLISTED', to: 'OFFERED', actorId: null, payload: { until: until.toISOString() } })
    await addJob(tx, OFFER_LAPSE_TASK, { id: w.id }, { runAt: until, jobKey: offerJobKey(w.id) })
    await queueTell(tx, offered.id, 'offered')
  }
}

/** Frees one place of an enrolment that held it (confirmed or offered), then offers it on. */
async function releasePlace(tx: Tx, o: OfferingRow, now: Date): Promise<void> {
  await tx.offering.update({ where: { id: o.id }, data: { placesTaken: { decrement: 1 } } })
  o.placesTaken -= 1
  await offerFreedPlaces(tx, o, now)
}

async function checkEligibility(tx: Tx, user: PublicUser, o: OfferingRow, input: EnrolInput, today: string): Promise<{ category: string | null, year: number | null }> {
  if (o.kind !== 'TRAINING' || !o.programme) return { category: null, year: null }
  const rules = trainingRulesOn(today)
  const category = input.category ?? null
  if (category && !rules.freeCategories.some(c => c.code === category)) {
    throw new AppError('validation', { category: { key: 'validation.unknownValues', params: { values: category, allowed: rules.freeCategories.map(c => c.code).join(', ') } } })
  }
  if (o.course?.requiresCategory && !category) throw new AppError('enrolment_not_eligible', { category: 'validation.required' })
  const year = Number(zonedDate(firstLessonAt(o)).slice(0, 4))
  // a subsidised place: one per person per programme per year (rules as data)
  if (category && programmeOf(o.programme, rules)?.subsidy) {
    const had = await tx.enrolment.count({
      where: { userId: user.id, programme: o.programme, year, category: { not: null }, status: { in: [...LIVE_ENROLMENT] }, offeringId: { not: o.id } },
    })
    if (had >= rules.perProgrammePerYear) {
      const name = programmeOf(o.programme, rules)!.name
      throw new AppError('programme_limit', undefined, { programme: { 'zh-CN': name['zh-CN'], 'en': name.en }, n: rules.perProgrammePerYear })
    }
  }
  return { category, year }
}

export async function enrol(user: PublicUser, offeringId: string, input: EnrolInput, now = new Date()): Promise<EnrolResult> {
  // what needs no lock: what the session is, whether it takes enrolments, who may enrol
  const o = await prisma.offering.findUnique({ where: { id: offeringId }, select: offeringSelect })
  if (!o || o.status === 'DRAFT') throw new AppError('not_found')
  if (o.status !== 'PUBLISHED' || now < o.enrolOpensAt || now > o.enrolClosesAt || firstLessonAt(o) <= now) throw new AppError('enrolment_closed')
  try {
    return await inEnrolmentTx(async (tx) => {
      // one person's enrolments are decided one at a time (the per-programme-per-year rule spans sessions)
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`enrol:${user.id}`}, 0))`
      const existing = await tx.enrolment.findFirst({ where: { offeringId, userId: user.id, status: { in: [...LIVE_ENROLMENT] } }, select: { id: true } })
      if (existing) throw new AppError('already_enrolled', undefined, {}, {}, { enrolmentId: existing.id })
      const { category, year } = await checkEligibility(tx, user, o, input, zonedDate(now))
      // the places, decided by one UPDATE of the offering's row (which locks it to the commit, so
      // the locked part is the few statements after it; mails are one queued job). The CASE is
      // enrolOutcome (shared/utils/enrolments.ts): confirmed while a place is free and nobody
      // waits, else the next number in the queue. SET reads the row as it was; RETURNING as it is.
      const [p] = await tx.$queryRaw<{ waiting: number, waitSeq: number }[]>`
        UPDATE "Offering" SET
          "placesTaken" = "placesTaken" + CASE WHEN "placesTaken" < capacity AND waiting = 0 THEN 1 ELSE 0 END,
          "waitSeq" = "waitSeq" + CASE WHEN "placesTaken" < capacity AND waiting = 0 THEN 0 ELSE 1 END,
          waiting = waiting + CASE WHEN "placesTaken" < capacity AND waiting = 0 THEN 0 ELSE 1 END,
          "updatedAt" = "updatedAt"
        WHERE id = ${offeringId}::uuid AND status = 'PUBLISHED'
        RETURNING waiting, "waitSeq"`
      if (!p) throw new AppError('enrolment_closed')
      const outcome: EnrolResult['status'] = p.waiting === 0 ? 'CONFIRMED' : 'WAITLISTED'
      const common = { offeringId, userId: user.id, category, programme: o.programme, year }
      if (outcome === 'CONFIRMED') {
        const e = await tx.enrolment.create({ data: { ...common, status: 'CONFIRMED' }, select: { id: true } })
        await recordEvent(tx, 'enrolment', e.id, { action: 'enrolled', to: 'CONFIRMED', actorId: user.id })
        await queueTell(tx, e.id, 'confirmed')
        await scheduleReminder(tx, e, o, now)
        return { id: e.id, status: 'CONFIRMED' }
      }
      const waitSeq = p.waitSeq
      const e = await tx.enrolment.create({ data: { ...common, status: 'WAITLISTED', waitSeq }, select: { id: true } })
      await recordEvent(tx, 'enrolment', e.id, { action: 'waitlisted', to: 'WAITLISTED', actorId: user.id, payload: { waitSeq } })
      // the newcomer is last: everyone waiting is before them
      const position = p.waiting
      await queueTell(tx, e.id, 'waitlisted', { position })
      return { id: e.id, status: 'WAITLISTED', position }
    })
  }
  catch (error) {
    if (isUniqueViolation(error)) throw new AppError('already_enrolled')
    throw error
  }
}

/** Loads the person's own enrolment and locks its offering; 404 for anyone else's. */
async function ownEnrolment(tx: Tx, user: PublicUser, id: string): Promise<{ e: EnrolmentRow, o: OfferingRow }> {
  const found = await tx.enrolment.findUnique({ where: { id }, select: { userId: true, offeringId: true } })
  if (!found || found.userId !== user.id) throw new AppError('not_found')
  const o = await lockOffering(tx, found.offeringId)
  const e = await tx.enrolment.findUnique({ where: { id }, select: enrolmentSelect })
  if (!o || !e) throw new AppError('not_found')
  return { e, o }
}

/**
 * DELETE /api/enrolments/:id: gives up a place (confirmed → cancelled, the place offered on),
 * leaves the waitlist, or declines an open offer — whatever the enrolment is now.
 */
export async function withdrawEnrolment(user: PublicUser, id: string, now = new Date()): Promise<{ id: string, status: string }> {
  return inEnrolmentTx(async (tx) => {
    const { e, o } = await ownEnrolment(tx, user, id)
    if (e.status === 'OFFERED') return decideOffer(tx, e, o, 'decline', user.id, now)
    const command: EnrolmentCommand = e.status === 'WAITLISTED' ? 'leave' : 'cancel'
    allow(command, e, o, now)
    const rule = enrolmentLifecycle.find(command, e.status, 'trainee', enrolmentFacts(e, firstLessonAt(o), now))!
    const to = enrolmentLifecycle.target(rule, e.status)
    const updated = await tx.enrolment.update({ where: { id }, data: { status: to }, select: enrolmentSelect })
    await recordEvent(tx, 'enrolment', id, { action: rule.event, from: e.status, to, actorId: user.id })
    if (command === 'leave') await tx.offering.update({ where: { id: o.id }, data: { waiting: { decrement: 1 } } })
    if (command === 'cancel') {
      await removeJob(tx, reminderJobKey(id))
      await queueTell(tx, updated.id, 'cancelled')
      await releasePlace(tx, o, now)
    }
    return { id, status: to }
  })
}

async function decideOffer(tx: Tx, e: EnrolmentRow, o: OfferingRow, decision: 'accept' | 'decline', actorId: string, now: Date): Promise<{ id: string, status: string }> {
  const facts = enrolmentFacts(e, firstLessonAt(o), now)
  if (e.status === 'OFFERED' && facts.offerExpired) {
    await lapse(tx, e, o, now)
    return { id: e.id, status: 'LAPSED' }
  }
  allow(decision, e, o, now)
  await removeJob(tx, offerJobKey(e.id))
  if (decision === 'accept') {
    const updated = await tx.enrolment.update({ where: { id: e.id }, data: { status: 'CONFIRMED', viaOffer: true }, select: enrolmentSelect })
    await recordEvent(tx, 'enrolment', e.id, { action: 'accepted', from: 'OFFERED', to: 'CONFIRMED', actorId })
    await queueTell(tx, updated.id, 'confirmed')
    await scheduleReminder(tx, updated, o, now)
    return { id: e.id, status: 'CONFIRMED' }
  }
  await tx.enrolment.update({ where: { id: e.id }, data: { status: 'DECLINED' } })
  await recordEvent(tx, 'enrolment', e.id, { action: 'declined', from: 'OFFERED', to: 'DECLINED', actorId })
  await releasePlace(tx, o, now)
  return { id: e.id, status: 'DECLINED' }
}

async function lapse(tx: Tx, e: EnrolmentRow, o: OfferingRow, now: Date): Promise<void> {
  const lapsed = await tx.enrolment.update({ where: { id: e.id }, data: { status: 'LAPSED' }, select: enrolmentSelect })
  await recordEvent(tx, 'enrolment', e.id, { action: 'lapsed', from: 'OFFERED', to: 'LAPSED', actorId: null })
  await removeJob(tx, offerJobKey(e.id))
  await queueTell(tx, lapsed.id, 'lapsed')
  await releasePlace(tx, o, now)
}

/** POST /api/enrolments/:id/offer/accept|decline. An offer that ran out lapses (and is passed on) and answers 409 `offer_expired`. */
export async function answerOffer(user: PublicUser, id: string, decision: 'accept' | 'decline', now = new Date()): Promise<{ id: string, status: string }> {
  const result = await inEnrolmentTx(async (tx) => {
    const { e, o } = await ownEnrolment(tx, user, id)
    return decideOffer(tx, e, o, decision, user.id, now)
  })
  if (result.status === 'LAPSED') throw new AppError('offer_expired')
  return result
}

/** The offer-lapse job: an offer still open at its deadline lapses and goes to the next person. */
export async function lapseOffer(id: string, now = new Date()): Promise<void> {
  await inEnrolmentTx(async (tx) => {
    const found = await tx.enrolment.findUnique({ where: { id }, select: { offeringId: true } })
    if (!found) return
    const o = await lockOffering(tx, found.offeringId)
    const e = await tx.enrolment.findUnique({ where: { id }, select: enrolmentSelect })
    if (!o || !e || e.status !== 'OFFERED') return
    if (!enrolmentFacts(e, firstLessonAt(o), now).offerExpired) {
      // run early (a moved clock): come back at the deadline
      await addJob(tx, OFFER_LAPSE_TASK, { id }, { runAt: e.offerExpiresAt!, jobKey: offerJobKey(id) })
      return
    }
    await lapse(tx, e, o, now)
  })
}

/** The reminder job: a day before the first lesson, to people who still have their place. */
export async function remindEnrolment(id: string, now = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const e = await tx.enrolment.findUnique({ where: { id }, select: enrolmentSelect })
    if (!e || e.status !== 'CONFIRMED') return
    const o = await tx.offering.findUnique({ where: { id: e.offeringId }, select: offeringSelect })
    if (!o || o.status !== 'PUBLISHED' || firstLessonAt(o) <= now) return
    await tellEnrolment(tx, e, o, 'reminder')
  })
}

/** A staff change of capacity: never below the places taken; a larger one offers the new places to the queue at once. */
export async function setCapacity(tx: Tx, o: OfferingRow, capacity: number, now: Date): Promise<void> {
  if (capacity < minimumCapacity(o.placesTaken)) throw new AppError('capacity_below_taken', { capacity: { key: 'validation.minValue', params: { minimum: minimumCapacity(o.placesTaken) } } }, { n: o.placesTaken })
  await tx.offering.update({ where: { id: o.id }, data: { capacity } })
  o.capacity = capacity
  await offerFreedPlaces(tx, o, now)
}

/** Cancelling a whole session: everyone with a place or in the queue is told, and the lessons leave their calendars. */
export async function cancelEnrolmentsOf(tx: Tx, o: OfferingRow, actorId: string): Promise<void> {
  const live = await tx.enrolment.findMany({ where: { offeringId: o.id, status: { in: ['CONFIRMED', 'WAITLISTED', 'OFFERED'] } }, select: enrolmentSelect })
  for (const e of live) {
    await tx.enrolment.update({ where: { id: e.id }, data: { status: 'CANCELLED' } })
    await recordEvent(tx, 'enrolment', e.id, { action: 'session_cancelled', from: e.status, to: 'CANCELLED', actorId })
    await removeJob(tx, offerJobKey(e.id))
    await removeJob(tx, reminderJobKey(e.id))
    // only a confirmed place had its lessons in the calendar
    await queueTell(tx, e.id, 'cancelledBySession', { calendar: e.status === 'CONFIRMED' })
  }
  await tx.offering.update({ where: { id: o.id }, data: { placesTaken: 0, waiting: 0 } })
}
