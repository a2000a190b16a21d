import { describe, expect, it } from 'vitest'
import { isCommonPassword } from '#shared/utils/password-policy'
import { registerSchema } from '#shared/schemas/auth'

describe('password policy', () => {
  it.each(['password', 'Password1', '12345678', '87654321', 'woaini1314', 'qwertyuiop', 'aaaaaaaaaa', '1234567890123'])('rejects the common password %s', (p) => {
    expect(isCommonPassword(p)).toBe(true)
  })

  it.each(['Jilin-Startup-2026!', 'correct horse battery', '长白山人参2026'])('accepts %s', (p) => {
    expect(isCommonPassword(p)).toBe(false)
  })

  it('enforces 8–128 characters and not the email itself', () => {
    const base = { name: 'A', email: 'a.person@example.cn', role: 'ENTREPRENEUR' as const }
    expect(registerSchema.safeParse({ ...base, password: 'Short1!' }).success).toBe(false)
    expect(registerSchema.safeParse({ ...base, password: 'x'.repeat(129) }).success).toBe(false)
    expect(registerSchema.safeParse({ ...base, password: 'x!'.repeat(64) }).success).toBe(true)
    const same = registerSchema.safeParse({ ...base, password: 'A.Person@Example.cn' })
    expect(same.success).toBe(false)
    expect(same.error?.issues[0]?.message).toBe('validation.passwordSameAsEmail')
  })

  it('normalises the email to lower case and refuses roles that only an admin grants', () => {
    const ok = registerSchema.parse({ name: ' 王 ', email: ' Wang@Example.CN ', password: 'Jilin-Startup-2026!', role: 'PROVIDER' })
    expect(ok).toMatchObject({ name: '王', email: 'wang@example.cn' })
    expect(registerSchema.safeParse({ name: 'x', email: 'x@example.cn', password: 'Jilin-Startup-2026!', role: 'ADMIN' }).success).toBe(false)
  })
})
