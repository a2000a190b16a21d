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

export interface CityOption {
  code: string
  nameZh: string
  nameEn: string
  level: 'NATIONAL_PILOT' | 'PROVINCIAL_PILOT' | 'OTHER'
  /** the city this area belongs to (九台 → changchun), or null */
  parent: string | null
}

export interface HealthReport {
  status: 'ok' | 'degraded'
  db: 'ok' | 'down'
  search: 'ok' | 'down'
  mail: 'ok' | 'down'
}

export interface ApiErrorBody {
  code: string
  message: string
  fields?: Record<string, string>
}
