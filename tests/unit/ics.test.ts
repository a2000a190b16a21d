import { describe, expect, it } from 'vitest'
import { bookingUid, foldLine, renderIcs } from '../../server/mail/ics'

const event = {
  method: 'REQUEST' as const,
  uid: bookingUid('3f1c9d2e-0000-4000-8000-000000000001', 'starthub.example.cn'),
  sequence: 2,
  startsAt: new Date('2026-12-01T02:00:00Z'),
  endsAt: new Date('2026-12-01T03:00:00Z'),
  summary: '创业辅导：开店前的选址, 预算; 与风险',
  description: '第一行\n第二行',
  location: '长春创业孵化基地 2 楼洽谈室',
  url: 'https://starthub.example.cn/bookings/3f1c9d2e',
  organizer: { name: '创业一站通 StartHub', email: 'no-reply@starthub.example.cn' },
  attendees: [{ name: '王"晓创"', email: 'wang@example.cn' }],
  stamp: new Date('2026-11-28T08:00:00Z'),
}

function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean)
}

describe('calendar invites', () => {
  it('writes a REQUEST with a stable UID, SEQUENCE and Asia/Shanghai wall-clock times', () => {
    const ics = renderIcs(event)
    const lines = unfold(ics)
    expect(ics.endsWith('\r\n')).toBe(true)
    expect(lines).toContain('METHOD:REQUEST')
    expect(lines).toContain('UID:booking-3f1c9d2e-0000-4000-8000-000000000001@starthub.example.cn')
    expect(lines).toContain('SEQUENCE:2')
    expect(lines).toContain('DTSTART;TZID=Asia/Shanghai:20261201T100000')
    expect(lines).toContain('DTEND;TZID=Asia/Shanghai:20261201T110000')
    expect(lines).toContain('DTSTAMP:20261128T080000Z')
    expect(lines).toContain('TZID:Asia/Shanghai')
    expect(lines).toContain('STATUS:CONFIRMED')
    expect(lines).toContain('LOCATION:长春创业孵化基地 2 楼洽谈室')
  })

  it('escapes text values and keeps quotes out of parameters', () => {
    const lines = unfold(renderIcs(event))
    expect(lines).toContain('SUMMARY:创业辅导：开店前的选址\\, 预算\\; 与风险')
    expect(lines).toContain('DESCRIPTION:第一行\\n第二行')
    expect(lines.find(l => l.startsWith('ATTENDEE'))).toBe('ATTENDEE;CN="王\'晓创\'";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:wang@example.cn')
  })

  it('writes a CANCEL that calendars match to the same event', () => {
    const lines = unfold(renderIcs({ ...event, method: 'CANCEL', sequence: 3 }))
    expect(lines).toContain('METHOD:CANCEL')
    expect(lines).toContain('STATUS:CANCELLED')
    expect(lines).toContain('SEQUENCE:3')
    expect(lines).toContain(`UID:${event.uid}`)
  })

  it('folds long lines at 75 octets without splitting a Chinese character', () => {
    const line = `DESCRIPTION:${'创业辅导'.repeat(30)}`
    const folded = foldLine(line)
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75)
    expect(folded.replace(/\r\n /g, '')).toBe(line)
    expect(folded).not.toContain('\uFFFD')
  })
})

describe('calendar invites refuse injected lines', () => {
  // the exact strings a security test used: a lone CR used to start new content lines
  const attacks = ['T\rATTENDEE:mailto:x@example.test\rX', 'desc\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:injected', 'a\r\nATTENDEE:mailto:y@example.test', 'b\nX-INJECTED:1', 'nul\u0000byte\u0007bell']
  it.each(attacks)('%j stays inside its own property', (attack) => {
    const ics = renderIcs({ ...event, summary: attack, description: attack, location: attack, attendees: [{ name: attack, email: 'wang@example.cn' }], organizer: { name: attack, email: 'no-reply@starthub.example.cn' } })
    const lines = unfold(ics)
    // one event, one attendee, and every line is a known property
    expect(lines.filter(l => l === 'BEGIN:VEVENT')).toHaveLength(1)
    expect(lines.filter(l => l.startsWith('ATTENDEE'))).toHaveLength(1)
    expect(lines.some(l => /^(SUMMARY|X-INJECTED|ATTENDEE:mailto:x)/.test(l) && l.includes('injected') && !l.startsWith('SUMMARY:desc'))).toBe(false)
    expect(lines.some(l => l.startsWith('X-INJECTED'))).toBe(false)
    // no bare CR or LF anywhere but the CRLF line ends, no other control characters
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const ch of ics.replace(/\r\n/g, '')) expect(ch.charCodeAt(0) >= 0x20 || ch === '\t').toBe(true)
  })

  it('keeps a real line break of a description as the escaped \\n', () => {
    const lines = unfold(renderIcs({ ...event, description: '第一行\r第二行\r\n第三行' }))
    expect(lines).toContain('DESCRIPTION:第一行\\n第二行\\n第三行')
  })
})
