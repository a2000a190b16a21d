import { describe, expect, it } from 'vitest'
import { renderMail } from '../../server/mail/templates'

describe('mail templates', () => {
  it('renders zh-CN and en with text and HTML, escaping values', () => {
    const zh = renderMail('verifyEmail', 'zh-CN', { name: '<b>王</b>', url: 'https://example.cn/verify-email?token=abc&x=1' })
    expect(zh.subject).toContain('验证')
    expect(zh.text).toContain('https://example.cn/verify-email?token=abc&x=1')
    expect(zh.html).toContain('&lt;b&gt;王&lt;/b&gt;')
    expect(zh.html).not.toContain('<b>王</b>')
    expect(zh.html).toContain('href="https://example.cn/verify-email?token=abc&amp;x=1"')
    const en = renderMail('resetPassword', 'en', { name: 'Anna', url: 'https://example.cn/en/reset-password?token=t' })
    expect(en.subject).toBe('Reset your password — StartHub')
    expect(en.html).toContain('lang="en"')
  })
})

describe('booking mails', () => {
  const params = {
    kind: 'accepted' as const, name: '<i>王</i>', forMentor: false, mentorName: '李振华', entrepreneurName: '王晓创',
    when: { 'zh-CN': '2026年12月1日周二 10:00–11:00（北京时间）', 'en': 'Tue, 1 Dec 2026, 10:00–11:00 (Beijing time, UTC+8)' },
    topic: '选址 & 预算', stage: { 'zh-CN': '方案设计', 'en': 'Business plan' }, mode: { 'zh-CN': '线上', 'en': 'Online' },
    location: 'https://meeting.example.cn/p/1', reason: null, url: 'https://starthub.example.cn/bookings/1',
  }

  it('names the time in Beijing time, the other party, the topic and the place, in the recipient\'s language', () => {
    const zh = renderMail('booking', 'zh-CN', params)
    expect(zh.subject).toBe('导师已确认您的预约：李振华 — 创业一站通')
    expect(zh.text).toContain('时间：2026年12月1日周二 10:00–11:00（北京时间）')
    expect(zh.text).toContain('方式：线上 — https://meeting.example.cn/p/1')
    expect(zh.html).toContain('选址 &amp; 预算')
    expect(zh.html).not.toContain('<i>王</i>')
    const en = renderMail('booking', 'en', { ...params, kind: 'cancelled', reason: 'Ill' })
    expect(en.subject).toBe('Session cancelled — StartHub')
    expect(en.text).toContain('When: Tue, 1 Dec 2026, 10:00–11:00 (Beijing time, UTC+8)')
    expect(en.text).toContain('Note: Ill')
  })

  it('has every booking mail kind in both languages', () => {
    for (const kind of ['requested', 'accepted', 'declined', 'cancelled', 'rescheduled', 'expired', 'reminder24h', 'reminder1h', 'completed'] as const) {
      for (const locale of ['zh-CN', 'en'] as const) {
        const m = renderMail('booking', locale, { ...params, kind })
        expect(m.subject.length).toBeGreaterThan(8)
        expect(m.text).toContain(params.url)
      }
    }
  })
})

describe('mail headers', () => {
  it('keep every value on one line: CR, LF and other control characters cannot add a header', async () => {
    const { headerValue, renderMail } = await import('../../server/mail/templates')
    expect(headerValue('Hi\r\nBcc: victim@example.test')).toBe('Hi Bcc: victim@example.test')
    expect(headerValue('T\rATTENDEE:mailto:x@example.test\rX')).toBe('T ATTENDEE:mailto:x@example.test X')
    expect(headerValue('a\u0000b')).toBe('a b')
    const mail = renderMail('enquiryReceived', 'zh-CN', { name: '提供方', from: '访客', title: '奶茶\r\nBcc: victim@example.test', body: '你好', url: 'https://starthub.example.cn/enquiries' })
    expect(mail.subject).not.toMatch(/[\r\n]/)
  })
})
