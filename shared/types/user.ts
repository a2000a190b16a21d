import type { RoleName } from '../utils/roles'
import type { AppLocale } from '../i18n/messages'

/** What the API tells a signed-in user about themselves (GET /api/auth/me). */
export interface PublicUser {
  id: string
  name: string
  email: string
  roles: RoleName[]
  emailVerified: boolean
  locale: AppLocale
  cityCode: string | null
}

/** A user as an administrator sees them in the user list. */
export interface AdminUserRow {
  id: string
  name: string
  email: string
  roles: RoleName[]
  emailVerified: boolean
  createdAt: string
}
