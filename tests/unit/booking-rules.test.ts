import { describe, expect, it } from 'vitest'
import { bookingFacts, bookingLifecycle } from '../../server/services/bookings/rules'
import type { BookingFacts } from '../../server/services/bookings/rules'
import type { BookingStatusCode } from '#shared/utils/bookings'

const before: BookingFacts = { started: false, expired: false, reviewed: false }
const after: BookingFacts = { started: true, expired: true, reviewed: false }
const offered = (status: BookingStatusCode, role: 'entrepreneur' | 'mentor' | 'staff', facts: BookingFacts) => bookingLifecycle.actionsFor(status, role, facts)

describe('booking lifecycle', () => {
  it('offers the mentor accept or decline on a live request, and nothing once it has run out', () => {
    expect(offered('PENDING', 'mentor', before)).toEqual(['accept', 'decline'])
    expect(offered('PENDING', 'mentor', { ...before, expired: true })).toEqual([])
  })

  it('lets the mentor cancel an accepted session, but a pending request is declined, not cancelled', () => {
    expect(offered('ACCEPTED', 'mentor', before)).toEqual(['cancel'])
    // the command says the same as the buttons: 409 for a pending request, never 403 or a silent cancel
    expect(bookingLifecycle.refusal('cancel', 'PENDING', 'mentor', before)).toBe('invalid_transition')
    expect(bookingLifecycle.refusal('decline', 'PENDING', 'mentor', before)).toBeNull()
  })

  it('lets the entrepreneur cancel or move a request or a session until it starts', () => {
    for (const s of ['PENDING', 'ACCEPTED'] as const) {
      expect(offered(s, 'entrepreneur', before)).toEqual(['cancel', 'reschedule'])
      expect(offered(s, 'entrepreneur', { ...before, started: true })).toEqual([])
    }
    expect(bookingLifecycle.target(bookingLifecycle.find('reschedule', 'ACCEPTED', 'entrepreneur', before)!, 'ACCEPTED')).toBe('ACCEPTED')
  })

  it('after the start, the mentor completes, marks a no-show and writes notes; notes stay editable afterwards', () => {
    expect(offered('ACCEPTED', 'mentor', after)).toEqual(['complete', 'no-show', 'notes'])
    expect(offered('COMPLETED', 'mentor', after)).toEqual(['notes'])
    expect(offered('NO_SHOW', 'mentor', after)).toEqual(['notes'])
    expect(bookingLifecycle.refusal('complete', 'ACCEPTED', 'mentor', before)).toBe('invalid_transition')
  })

  it('the entrepreneur rates a completed session once', () => {
    expect(offered('COMPLETED', 'entrepreneur', after)).toEqual(['review'])
    expect(offered('COMPLETED', 'entrepreneur', { ...after, reviewed: true })).toEqual([])
    expect(offered('NO_SHOW', 'entrepreneur', after)).toEqual([])
  })

  it('refuses by role before state: a party who may never take an action is forbidden, whatever the state', () => {
    expect(bookingLifecycle.refusal('accept', 'PENDING', 'entrepreneur', before)).toBe('forbidden')
    expect(bookingLifecycle.refusal('accept', 'PENDING', 'staff', before)).toBe('forbidden')
    expect(bookingLifecycle.refusal('complete', 'ACCEPTED', 'entrepreneur', after)).toBe('forbidden')
    expect(bookingLifecycle.refusal('review', 'CANCELLED', 'mentor', after)).toBe('forbidden')
    // staff see every booking but act on none
    for (const s of ['PENDING', 'ACCEPTED', 'COMPLETED'] as const) expect(offered(s, 'staff', after)).toEqual([])
  })

  it('ends nothing that has ended: no action from a closed status except notes and a rating', () => {
    for (const s of ['DECLINED', 'CANCELLED', 'EXPIRED'] as const) {
      expect(offered(s, 'mentor', after)).toEqual([])
      expect(offered(s, 'entrepreneur', after)).toEqual([])
    }
  })

  it('the system expires only pending requests whose time is up, and never offers it as a button', () => {
    expect(bookingLifecycle.find('expire', 'PENDING', 'system', { ...before, expired: true })?.to).toBe('EXPIRED')
    expect(bookingLifecycle.find('expire', 'PENDING', 'system', before)).toBeNull()
    expect(bookingLifecycle.find('expire', 'ACCEPTED', 'system', after)).toBeNull()
    expect(offered('PENDING', 'staff', { ...before, expired: true })).not.toContain('expire')
  })

  it('reads the facts from the booking and the clock', () => {
    const now = new Date('2026-12-01T02:00:00Z')
    expect(bookingFacts({ startsAt: new Date('2026-12-01T02:00:00Z'), expiresAt: new Date('2026-12-02T00:00:00Z'), review: null }, now)).toEqual({ started: true, expired: false, reviewed: false })
    expect(bookingFacts({ startsAt: new Date('2026-12-03T02:00:00Z'), expiresAt: new Date('2026-12-01T01:59:59Z'), review: { score: 5 } }, now)).toEqual({ started: false, expired: true, reviewed: true })
  })

  it('names the event each action records', () => {
    expect(bookingLifecycle.find('no-show', 'ACCEPTED', 'mentor', after)?.event).toBe('no_show')
    expect(bookingLifecycle.find('cancel', 'PENDING', 'entrepreneur', before)?.event).toBe('cancelled')
  })
})
