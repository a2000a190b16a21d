import { describe, expect, it } from 'vitest'
import { Client, GOOD_PASSWORD, linkFrom, uniqueEmail, verifiedUser, waitForMail } from '../support/http'
import { db } from '../support/db'

describe('registration and email verification', () => {
  it('registers, sends a verification mail whose link verifies the address, and lets the user sign in', async () => {
    const c = new Client()
    const email = uniqueEmail('reg')
    const reg = await c.post('/api/auth/register', { name: '李创业', email: email.toUpperCase(), password: GOOD_PASSWORD, role: 'ENTREPRENEUR' })
    expect(reg.status).toBe(201)
    expect(reg.body).toMatchObject({ email, name: '李创业', roles: ['ENTREPRENEUR'], emailVerified: false })
    expect(reg.body).not.toHaveProperty('passwordHash')

    const mail = await waitForMail(m => m.to.includes(email))
    expect(mail.subject).toContain('验证')
    expect(mail.html).toContain('验证邮箱')
    const link = linkFrom(mail, '/verify-email?token=')
    // the link opens a page of the site
    const page = await fetch(link)
    expect(page.status).toBe(200)

    const token = new URL(link).searchParams.get('token')
    expect((await c.post('/api/auth/verify-email', { token })).status).toBe(200)
    const login = await c.post('/api/auth/login', { email, password: GOOD_PASSWORD })
    expect(login.status).toBe(200)
    const me = await c.get('/api/auth/me')
    expect(me.body).toMatchObject({ email, emailVerified: true })
  })

  it('sends the verification mail in English to an English registration', async () => {
    const c = new Client('en')
    const email = uniqueEmail('en')
    expect((await c.post('/api/auth/register', { name: 'Anna', email, password: GOOD_PASSWORD, role: 'PROVIDER' })).status).toBe(201)
    const mail = await waitForMail(m => m.to.includes(email))
    expect(mail.subject).toMatch(/Verify your email/)
    expect(linkFrom(mail, '/en/verify-email?token=')).toContain('/en/verify-email')
  })

  it('refuses a taken email case-insensitively with 409 and a translated message', async () => {
    const c = new Client('en')
    const email = uniqueEmail('dup')
    expect((await c.post('/api/auth/register', { name: 'A', email, password: GOOD_PASSWORD, role: 'ENTREPRENEUR' })).status).toBe(201)
    const again = await c.post('/api/auth/register', { name: 'B', email: email.toUpperCase(), password: GOOD_PASSWORD, role: 'ENTREPRENEUR' })
    expect(again.status).toBe(409)
    expect(again.body).toMatchObject({ code: 'email_taken', message: expect.stringContaining('already registered') })
  })

  it('validates input with field errors in the request language', async () => {
    const zh = await new Client('zh-CN').post('/api/auth/register', { name: '', email: 'not-an-email', password: '123', role: 'ADMIN' })
    expect(zh.status).toBe(400)
    expect(zh.body).toMatchObject({ code: 'validation', fields: { name: expect.any(String), email: '请输入有效的邮箱地址。', password: '密码长度应为 8–128 个字符。', role: expect.any(String) } })
    const en = await new Client('en').post('/api/auth/register', { name: 'X', email: uniqueEmail(), password: 'password1', role: 'ENTREPRENEUR' })
    expect(en.status).toBe(400)
    expect(en.body).toMatchObject({ code: 'validation', message: 'Some fields need your attention.', fields: { password: expect.stringContaining('too common') } })
    const long = await new Client('en').post('/api/auth/register', { name: 'X', email: uniqueEmail(), password: 'x'.repeat(129), role: 'ENTREPRENEUR' })
    expect(long.body).toMatchObject({ fields: { password: expect.stringContaining('8–128') } })
    const broken = await new Client('en').request('POST', '/api/auth/login', '{not json', { 'content-type': 'application/json' })
    expect(broken.status).toBe(400)
    expect(broken.body).toMatchObject({ code: 'validation' })
  })

  it('lets an unverified user sign in but blocks actions that need a verified email', async () => {
    const c = new Client()
    const email = uniqueEmail('unv')
    await c.post('/api/auth/register', { name: '未验证', email, password: GOOD_PASSWORD, role: 'ENTREPRENEUR' })
    const login = await c.post('/api/auth/login', { email, password: GOOD_PASSWORD })
    expect(login.status).toBe(200)
    expect(login.body).toMatchObject({ emailVerified: false })
    // resending works for them, and the new link verifies too
    expect((await c.post('/api/auth/resend-verification')).status).toBe(200)
  })

  it('rejects a forged or reused verification token', async () => {
    const c = new Client('en')
    const bad = await c.post('/api/auth/verify-email', { token: 'x'.repeat(43) })
    expect(bad.status).toBe(400)
    expect(bad.body).toMatchObject({ code: 'token_invalid', message: expect.stringContaining('invalid or has expired') })
  })
})

describe('login, sessions and logout', () => {
  it('answers a wrong password and an unknown account the same way', async () => {
    const { email } = await verifiedUser()
    const wrong = await new Client().post('/api/auth/login', { email, password: 'Wrong-password-1' })
    const unknown = await new Client().post('/api/auth/login', { email: uniqueEmail('nobody'), password: 'Wrong-password-1' })
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(wrong.body).toEqual(unknown.body)
    expect(wrong.body).toEqual({ code: 'invalid_credentials', message: '邮箱或密码不正确。' })
  })

  it('sets an httpOnly SameSite=Lax Secure cookie, a fresh one per login, and logout ends the session on the server', async () => {
    const { email } = await verifiedUser()
    const c = new Client()
    const first = await c.post('/api/auth/login', { email, password: GOOD_PASSWORD })
    const cookie = first.headers.getSetCookie().find(h => h.startsWith('sh_session='))!
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(cookie).toMatch(/Secure/i)
    const token1 = c.cookies.get('sh_session')
    await c.post('/api/auth/login', { email, password: GOOD_PASSWORD })
    const token2 = c.cookies.get('sh_session')
    expect(token2).not.toBe(token1)

    // the old token no longer works
    const stale = new Client()
    stale.cookies.set('sh_session', token1!)
    expect((await stale.get('/api/auth/me')).status).toBe(401)

    const copy = new Client()
    copy.cookies.set('sh_session', token2!)
    // (signed in a moment ago: the instance has just looked this session up)
    expect((await copy.get('/api/auth/me')).status).toBe(200)
    expect((await c.post('/api/auth/logout')).status).toBe(200)
    expect((await c.get('/api/auth/me')).status).toBe(401)
    // a copy of the cookie is dead too: the session is gone on the server
    expect((await copy.get('/api/auth/me')).status).toBe(401)
  })

  it('a session ended on another instance (its row deleted) stops working here within a second', async () => {
    const { id, client } = await verifiedUser()
    expect((await client.get('/api/auth/me')).status).toBe(200)
    await db.session.deleteMany({ where: { userId: id } })
    const started = Date.now()
    while ((await client.get('/api/auth/me')).status !== 401) {
      expect(Date.now() - started).toBeLessThan(1500)
      await new Promise(r => setTimeout(r, 50))
    }
  })

  it('me answers 401 with the error body when signed out', async () => {
    const r = await new Client('en').get('/api/auth/me')
    expect(r.status).toBe(401)
    expect(r.body).toEqual({ code: 'unauthorized', message: 'Please sign in first.' })
  })

  it('locks an account after repeated failures with a clear 429, per account', async () => {
    const { email } = await verifiedUser()
    const attacker = new Client('en')
    for (let i = 0; i < 5; i++) {
      expect((await attacker.post('/api/auth/login', { email, password: `Wrong-${i}-password` })).status).toBe(401)
    }
    // another IP cannot get around the account limit, even with the right password
    const other = new Client('en')
    const blocked = await other.post('/api/auth/login', { email, password: GOOD_PASSWORD })
    expect(blocked.status).toBe(429)
    expect(blocked.body).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/try again in \d+ minutes/) })
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('limits login attempts per IP address across accounts', async () => {
    const c = new Client()
    let last = 0
    for (let i = 0; i < 51; i++) last = (await c.post('/api/auth/login', { email: uniqueEmail('ip'), password: 'Wrong-password-1' })).status
    expect(last).toBe(429)
    // another address is not affected
    expect((await new Client().post('/api/auth/login', { email: uniqueEmail('ip'), password: 'Wrong-password-1' })).status).toBe(401)
  })
})

describe('password reset and change', () => {
  it('answers forgot-password the same for known and unknown addresses and mails only the known one', async () => {
    const { email } = await verifiedUser()
    const c = new Client()
    const known = await c.post('/api/auth/forgot-password', { email })
    const unknownEmail = uniqueEmail('ghost')
    const unknown = await c.post('/api/auth/forgot-password', { email: unknownEmail })
    expect(known.status).toBe(202)
    expect(unknown.status).toBe(202)
    expect(known.body).toEqual(unknown.body)
    const mail = await waitForMail(m => m.to.includes(email) && m.subject.includes('重置'))
    expect(mail.text).toContain('/reset-password?token=')
  })

  it('resets the password with the mailed link once, signs out every session, and the old password stops working', async () => {
    const { client, email } = await verifiedUser()
    await new Client().post('/api/auth/forgot-password', { email })
    const mail = await waitForMail(m => m.to.includes(email) && m.subject.includes('重置'))
    const token = new URL(linkFrom(mail, '/reset-password?token=')).searchParams.get('token')
    const newPassword = 'Another-Strong-Pass-7'
    expect((await new Client().post('/api/auth/reset-password', { token, password: newPassword })).status).toBe(200)
    expect((await client.get('/api/auth/me')).status).toBe(401)
    expect((await new Client().post('/api/auth/login', { email, password: GOOD_PASSWORD })).status).toBe(401)
    expect((await new Client().post('/api/auth/login', { email, password: newPassword })).status).toBe(200)
    const reuse = await new Client().post('/api/auth/reset-password', { token, password: 'Yet-Another-Pass-8' })
    expect(reuse.status).toBe(400)
    expect(reuse.body).toMatchObject({ code: 'token_invalid' })
    await waitForMail(m => m.to.includes(email) && m.subject.includes('密码已更改'))
  })

  it('changes the password: wrong current password is a field error; success ends other sessions but keeps this one', async () => {
    const { client, email } = await verifiedUser()
    const other = new Client()
    await other.post('/api/auth/login', { email, password: GOOD_PASSWORD })
    const wrong = await client.post('/api/account/password', { currentPassword: 'not-it-at-all', newPassword: 'Brand-New-Pass-42' })
    expect(wrong.status).toBe(400)
    expect(wrong.body).toMatchObject({ code: 'wrong_password', fields: { currentPassword: '当前密码不正确。' } })
    const same = await client.post('/api/account/password', { currentPassword: GOOD_PASSWORD, newPassword: GOOD_PASSWORD })
    expect(same.status).toBe(400)
    expect(same.body).toMatchObject({ fields: { newPassword: '新密码不能与当前密码相同。' } })
    const ok = await client.post('/api/account/password', { currentPassword: GOOD_PASSWORD, newPassword: 'Brand-New-Pass-42' })
    expect(ok.status).toBe(200)
    expect((await client.get('/api/auth/me')).status).toBe(200)
    expect((await other.get('/api/auth/me')).status).toBe(401)
  })
})

describe('profile', () => {
  it('updates name, city and language; unknown city is a field error', async () => {
    const { client } = await verifiedUser()
    const ok = await client.patch('/api/account/profile', { name: '新名字', locale: 'en', cityCode: 'yanbian' })
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({ name: '新名字', locale: 'en', cityCode: 'yanbian' })
    const bad = await client.patch('/api/account/profile', { name: '新名字', locale: 'en', cityCode: 'atlantis' })
    expect(bad.status).toBe(400)
    expect(bad.body).toMatchObject({ code: 'validation', fields: { cityCode: expect.any(String) } })
  })
})
