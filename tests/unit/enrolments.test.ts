import { describe, expect, it } from 'vitest'
import { trainingRulesOn } from '#shared/data/training-rules'
import type { EnrolmentStatusCode } from '#shared/utils/enrolments'
import { completionGaps, enrolOutcome, HOLDS_PLACE, nextInQueue, offersToMake, trainingSubsidy, waitlistPosition } from '#shared/utils/enrolments'
import { enrolmentFacts, enrolmentLifecycle } from '../../server/services/enrolments/rules'
import { checkCode, checkInWindow, codeFor, currentCode, stepOf } from '../../server/services/enrolments/check-in-code'

/**
 * The engine's decisions, driven the way the server drives them (one locked step at a time):
 * a tiny in-memory session that applies enrolOutcome, offersToMake and nextInQueue exactly as
 * server/services/enrolments/commands.ts does, so the queue's fairness can be checked by hand.
 */
interface Entry { id: string, person: string, status: EnrolmentStatusCode, waitSeq: number | null }
class Session {
  entries: Entry[] = []
  seq = 0
  constructor(public capacity: number) {}
  get taken() { return this.entries.filter(e => HOLDS_PLACE.includes(e.status)).length }
  get waiting() { return this.entries.filter(e => e.status === 'WAITLISTED') }
  enrol(person: string): Entry {
    const outcome = enrolOutcome({ capacity: this.capacity, taken: this.taken, waiting: this.waiting.length })
    const e: Entry = { id: `${person}-${this.entries.length}`, person, status: outcome, waitSeq: outcome === 'WAITLISTED' ? ++this.seq : null }
    this.entries.push(e)
    return e
  }

  offer(): Entry[] {
    const n = offersToMake({ capacity: this.capacity, taken: this.taken, waiting: this.waiting.length })
    const next = nextInQueue(this.waiting, n)
    for (const w of next) w.status = 'OFFERED'
    return next
  }

  giveUp(e: Entry, to: EnrolmentStatusCode) {
    e.status = to
    return this.offer()
  }

  holder(person: string) { return this.entries.find(e => e.person === person && HOLDS_PLACE.includes(e.status)) }
}

describe('the waitlist', () => {
  it('confirms while places are free, then queues first come, first served with positions', () => {
    const s = new Session(2)
    expect(['a', 'b', 'c', 'd', 'e'].map(p => s.enrol(p).status)).toEqual(['CONFIRMED', 'CONFIRMED', 'WAITLISTED', 'WAITLISTED', 'WAITLISTED'])
    const seqs = s.waiting.map(w => w.waitSeq!)
    expect(s.waiting.map(w => waitlistPosition(w.waitSeq!, seqs))).toEqual([1, 2, 3])
  })

  it('a cancellation offers the place to the first in the queue; declining or lapsing passes it on at once', () => {
    const s = new Session(1)
    const a = s.enrol('a')
    s.enrol('b')
    s.enrol('c')
    s.enrol('d')
    expect(s.giveUp(a, 'CANCELLED').map(e => e.person)).toEqual(['b'])
    expect(s.giveUp(s.holder('b')!, 'DECLINED').map(e => e.person)).toEqual(['c'])
    expect(s.giveUp(s.holder('c')!, 'LAPSED').map(e => e.person)).toEqual(['d'])
    expect(s.taken).toBe(1)
  })

  it('a place freed by someone who got it through an offer goes to the next person, never back to a former holder', () => {
    const s = new Session(1)
    const a = s.enrol('a')
    s.enrol('b')
    s.enrol('c')
    s.giveUp(a, 'CANCELLED')
    const b = s.holder('b')!
    b.status = 'CONFIRMED' // accepted
    // b gives it up again: it goes to c, not to a (who held it first) nor to b
    expect(s.giveUp(b, 'CANCELLED').map(e => e.person)).toEqual(['c'])
    // a joins again: at the back of the queue
    expect(s.enrol('a').status).toBe('WAITLISTED')
  })

  it('nobody new is confirmed while anyone waits, even with a place momentarily free', () => {
    expect(enrolOutcome({ capacity: 3, taken: 2, waiting: 1 })).toBe('WAITLISTED')
    expect(enrolOutcome({ capacity: 3, taken: 2, waiting: 0 })).toBe('CONFIRMED')
  })

  it('a capacity increase offers exactly the new places to the front of the queue', () => {
    const s = new Session(2)
    for (const p of ['a', 'b', 'c', 'd', 'e', 'f']) s.enrol(p)
    s.capacity = 5
    expect(s.offer().map(e => e.person)).toEqual(['c', 'd', 'e'])
    expect(offersToMake({ capacity: 5, taken: 5, waiting: 1 })).toBe(0)
  })

  it('the lifecycle: the actions each status offers, and an expired offer can no longer be accepted', () => {
    const at = new Date('2027-03-01T02:00:00Z')
    const later = new Date('2027-03-10T02:00:00Z')
    const open = enrolmentFacts({ offerExpiresAt: new Date('2027-03-02T02:00:00Z') }, later, at)
    const expired = enrolmentFacts({ offerExpiresAt: new Date('2027-03-01T01:00:00Z') }, later, at)
    expect(enrolmentLifecycle.actionsFor('OFFERED', 'trainee', open)).toEqual(['accept', 'decline'])
    expect(enrolmentLifecycle.actionsFor('OFFERED', 'trainee', expired)).toEqual([])
    expect(enrolmentLifecycle.refusal('lapse', 'OFFERED', 'system', expired)).toBeNull()
    expect(enrolmentLifecycle.refusal('lapse', 'OFFERED', 'system', open)).toBe('invalid_transition')
    expect(enrolmentLifecycle.actionsFor('WAITLISTED', 'trainee', open)).toEqual(['leave'])
    expect(enrolmentLifecycle.actionsFor('CONFIRMED', 'trainee', open)).toEqual(['cancel'])
    const started = enrolmentFacts({ offerExpiresAt: null }, at, later)
    expect(enrolmentLifecycle.actionsFor('CONFIRMED', 'trainee', started)).toEqual([])
    expect(enrolmentLifecycle.refusal('offer', 'CANCELLED', 'system', open)).toBe('invalid_transition')
  })
})

describe('the training subsidy', () => {
  const rules = trainingRulesOn('2026-12-01')
  const base = { programme: 'SYB', category: 'GRADUATE', startedOn: '2026-08-01', certificateOn: '2026-08-31', openedOn: null, earlierSubsidised: false, revoked: false, today: '2026-12-01' }

  it('full when the opening is recorded within 6 months of the certificate; the window ends at the month end (08-31 → 02-28)', () => {
    expect(trainingSubsidy({ ...base, openedOn: '2027-02-28' }, rules)).toMatchObject({ status: 'FULL', amount: 1000_00, windowEndsOn: '2027-02-28' })
    expect(trainingSubsidy({ ...base, openedOn: '2027-03-01', today: '2027-03-05' }, rules)).toMatchObject({ status: 'REDUCED', amount: 500_00 })
  })

  it('pending (the reduced amount for now) while the window is open; reduced once it has passed without an opening', () => {
    expect(trainingSubsidy({ ...base, today: '2027-02-28' }, rules)).toMatchObject({ status: 'PENDING', amount: 500_00 })
    expect(trainingSubsidy({ ...base, today: '2027-03-01' }, rules)).toMatchObject({ status: 'REDUCED', reason: 'NO_OPENING_IN_WINDOW' })
  })

  it('a leap year: a certificate of 2027-08-31 has its window to 2028-02-29', () => {
    expect(trainingSubsidy({ ...base, startedOn: '2027-08-01', certificateOn: '2027-08-31', openedOn: '2028-02-29', today: '2028-03-01' }, rules)).toMatchObject({ status: 'FULL', windowEndsOn: '2028-02-29' })
  })

  it('none for a category that does not train free, a second certificate of the programme, a revoked one, or an opening before the training', () => {
    expect(trainingSubsidy({ ...base, category: null }, rules).status).toBe('NOT_ELIGIBLE')
    expect(trainingSubsidy({ ...base, category: 'NOBODY' }, rules).reason).toBe('CATEGORY')
    expect(trainingSubsidy({ ...base, earlierSubsidised: true }, rules).reason).toBe('ALREADY_SUBSIDISED')
    expect(trainingSubsidy({ ...base, revoked: true }, rules).reason).toBe('REVOKED')
    expect(trainingSubsidy({ ...base, openedOn: '2026-07-31', today: '2027-03-01' }, rules).status).toBe('REDUCED')
  })

  it('GYB has its own standard', () => {
    expect(trainingSubsidy({ ...base, programme: 'GYB', openedOn: '2026-10-01' }, rules)).toMatchObject({ status: 'FULL', amount: 100_00 })
  })
})

describe('completion', () => {
  it('needs the class hours and, for SYB, a plan graded 合格 or 优秀', () => {
    expect(completionGaps({ attendedMinutes: 4200, requiredMinutes: 4200, needsPlanGrade: true, planGrade: 'PASS' })).toEqual([])
    expect(completionGaps({ attendedMinutes: 4199, requiredMinutes: 4200, needsPlanGrade: true, planGrade: null })).toEqual(['HOURS', 'PLAN_GRADE'])
    expect(completionGaps({ attendedMinutes: 5000, requiredMinutes: 4200, needsPlanGrade: true, planGrade: 'FAIL' })).toEqual(['PLAN_FAILED'])
    expect(completionGaps({ attendedMinutes: 1440, requiredMinutes: 1440, needsPlanGrade: false, planGrade: null })).toEqual([])
  })
})

describe('check-in codes', () => {
  const secret = Buffer.alloc(32, 7)
  const other = Buffer.alloc(32, 8)
  const t = new Date('2027-03-01T02:00:10Z')

  it('six digits that change every 30 s; the code just before still works, older ones are expired', () => {
    const c = currentCode(secret, t, 30)
    expect(c.code).toMatch(/^\d{6}$/)
    expect(c.validUntil.getTime() - t.getTime()).toBeLessThanOrEqual(30_000)
    expect(checkCode(secret, c.code, t, 30)).toBe('ok')
    expect(checkCode(secret, c.code, new Date(t.getTime() + 30_000), 30)).toBe('ok')
    expect(checkCode(secret, c.code, new Date(t.getTime() + 65_000), 30)).toBe('code_expired')
    expect(codeFor(secret, stepOf(t, 30) + 1)).not.toBe(c.code)
  })

  it('a code of another lesson, or anything but six digits, is invalid', () => {
    const foreign = currentCode(other, t, 30).code
    expect(checkCode(secret, foreign, t, 30)).toBe('code_invalid')
    expect(checkCode(secret, '12345', t, 30)).toBe('code_invalid')
    expect(checkCode(secret, 'abcdef', t, 30)).toBe('code_invalid')
  })

  it('the window opens 15 minutes before the lesson (lessons start early) and closes at its end', () => {
    const lesson = { startsAt: new Date('2027-03-01T02:00:00Z'), endsAt: new Date('2027-03-01T04:00:00Z') }
    expect(checkInWindow(lesson, new Date('2027-03-01T01:44:59Z'), 15)).toBe('not_open')
    expect(checkInWindow(lesson, new Date('2027-03-01T01:45:00Z'), 15)).toBe('open')
    expect(checkInWindow(lesson, new Date('2027-03-01T04:00:00Z'), 15)).toBe('open')
    expect(checkInWindow(lesson, new Date('2027-03-01T04:00:01Z'), 15)).toBe('closed')
  })
})
