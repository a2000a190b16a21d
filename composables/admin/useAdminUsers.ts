import type { Ref } from 'vue'
import type { AdminUserRow } from '#shared/types/user'
import type { RoleName } from '#shared/utils/roles'

/** Administrators: the accounts, searched by words and role, a page at a time; and granting or removing a role (an officer role with its organisation). */
export async function useAdminUsers(filters: { q: Readonly<Ref<string>>, role: Readonly<Ref<RoleName | ''>>, page: Readonly<Ref<number>> }) {
  const api = useApi()
  const { data: users, refresh } = await useAsyncData(
    'admin-users',
    () => api<{ items: AdminUserRow[], total: number, page: number, pageSize: number }>('/api/admin/users', { query: { q: filters.q.value || undefined, role: filters.role.value || undefined, page: filters.page.value } }),
    { watch: [filters.role, filters.page] },
  )
  /** GUARANTOR and BANK are granted with the organisation the officer works for (and whether they supervise its overdue steps). */
  async function setRole(userId: string, role: RoleName, grant: boolean, officer: { organisationId?: string, supervisor?: boolean } = {}) {
    await api(`/api/admin/users/${userId}/roles`, { method: 'POST', body: { role, grant, ...officer } })
    await refresh()
  }
  return { users, refresh, setRole }
}
