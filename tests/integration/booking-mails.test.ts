import { describe, expect, it } from 'vitest'
import { formatDateTime } from '#shared/utils/format-time'
import { waitForMail } from '../support/http'
import { at, beijingDay, book, createMentor, createUsers } from '../support/mentors'
import { db } from '../support/db'

describe('booking request mails', () => {
  it('state the real deadline (48 h, or the start when sooner) to the mentor, and tell the entrepreneur the request went out', async () => {
    const mentor = await createMentor()
    const [e] = await createUsers(1)
    // a session tomorrow morning: the request expires at its start, well before 48 hours
    const soon = await book(e!.client, mentor.mentorId, at(beijingDay(1), '09:00'))
    const row = await db.booking.findUniqueOrThrow({ where: { id: soon.id } })
    expect(row.expiresAt.getTime()).toBe(row.startsAt.getTime())
    const deadline = formatDateTime(row.expiresAt, 'zh-CN')
    const toMentor = await waitForMail(m => m.to.includes(mentor.email) && m.subject.includes('新的辅导预约请求') && m.text.includes(deadline))
    expect(toMentor.text).not.toContain('48 小时')
    const toEntrepreneur = await waitForMail(m => m.to.includes(e!.email) && m.subject.includes('预约请求已发送'))
    expect(toEntrepreneur.text).toContain(deadline)
    expect(toEntrepreneur.text).toContain(mentor.displayName)
  })
})
