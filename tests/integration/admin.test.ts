import { describe, expect, it } from 'vitest'
import { Client, verifiedUser, waitForMail } from '../support/http'
import { db, grantRole } from '../support/db'

async function adminClient() {
  const admin = await verifiedUser()
  await grantRole(admin.id, 'ADMIN')
  return admin
}

describe('roles granted by an administrator', () => {
  it('an admin grants MENTOR and STAFF, the user is mailed, and the change is audited', async () => {
    const admin = await adminClient()
    const user = await verifiedUser()
    const res = await admin.client.post(`/api/admin/users/${user.id}/roles`, { role: 'MENTOR', grant: true })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ id: user.id, roles: expect.arrayContaining(['ENTREPRENEUR', 'MENTOR']) })
    expect((await user.client.get('/api/auth/me')).body).toMatchObject({ roles: expect.arrayContaining(['MENTOR']) })
    await waitForMail(m => m.to.includes(user.email) && m.subject.includes('创业导师'))
    const log = await db.auditLog.findFirst({ where: { action: 'role.granted', subjectId: user.id } })
    expect(log).toMatchObject({ actorId: admin.id, meta: { role: 'MENTOR' } })

    const revoke = await admin.client.post(`/api/admin/users/${user.id}/roles`, { role: 'MENTOR', grant: false })
    expect(revoke.body).toMatchObject({ roles: ['ENTREPRENEUR'] })
    expect(await db.auditLog.count({ where: { action: 'role.revoked', subjectId: user.id } })).toBe(1)
  })

  it('non-admins get 403, signed-out visitors 401; every check is on the server', async () => {
    const user = await verifiedUser()
    const other = await verifiedUser()
    const forbidden = await user.client.post(`/api/admin/users/${other.id}/roles`, { role: 'ADMIN', grant: true })
    expect(forbidden.status).toBe(403)
    expect(forbidden.body).toMatchObject({ code: 'forbidden' })
    expect((await user.client.get('/api/admin/users')).status).toBe(403)
    expect((await new Client().get('/api/admin/users')).status).toBe(401)
  })

  it('lists and filters users by role and text', async () => {
    const admin = await adminClient()
    const user = await verifiedUser('PROVIDER')
    const list = await admin.client.get<{ items: { email: string }[], total: number }>(`/api/admin/users?role=PROVIDER&q=${encodeURIComponent(user.email)}`)
    expect(list.status).toBe(200)
    expect(list.body.items.map(i => i.email)).toEqual([user.email])
    const bad = await admin.client.get('/api/admin/users?role=KING')
    expect(bad.status).toBe(400)
  })

  it('validates the user id and answers 404 for an unknown user', async () => {
    const admin = await adminClient()
    expect((await admin.client.post('/api/admin/users/not-a-uuid/roles', { role: 'STAFF', grant: true })).status).toBe(400)
    expect((await admin.client.post('/api/admin/users/00000000-0000-4000-8000-000000000000/roles', { role: 'STAFF', grant: true })).status).toBe(404)
  })

  it('the last administrator cannot lose the admin role', async () => {
    await db.userRole.deleteMany({ where: { role: 'ADMIN' } })
    const admin = await adminClient()
    const res = await admin.client.post(`/api/admin/users/${admin.id}/roles`, { role: 'ADMIN', grant: false })
    expect(res.status).toBe(409)
    expect(res.body).toMatchObject({ code: 'last_admin' })
  })
})
