import { describe, expect, it } from 'vitest'
import { Client, GOOD_PASSWORD, uniqueEmail, waitForMail } from '../support/http'

describe('mail delivery', () => {
  it('goes over a pool of SMTP connections: twelve mails at once share at most one connection per job worker', async () => {
    const emails = Array.from({ length: 12 }, () => uniqueEmail('pool'))
    const answers = await Promise.all(emails.map(email => new Client().post('/api/auth/register', { name: '连接池测试', email, password: GOOD_PASSWORD, role: 'ENTREPRENEUR' })))
    expect(answers.map(a => a.status)).toEqual(emails.map(() => 201))
    const caught = await Promise.all(emails.map(email => waitForMail(m => m.to.includes(email))))
    // a session per mail would give twelve; the pool holds four (server/utils/mailer.ts, JOB_CONCURRENCY)
    const sessions = new Set(caught.map(m => m.session))
    expect(sessions.has(undefined)).toBe(false)
    expect(sessions.size).toBeLessThanOrEqual(4)
  })
})
