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
