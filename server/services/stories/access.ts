import type { PublicUser } from '#shared/types/user'
import { staffCities } from '../reference'
import type { StoryRole } from './rules'

/**
 * Who stands how to a story: its author, or staff (STAFF or ADMIN) of the story's city —
 * province-wide staff for every city, a city's staff for its areas too. Anyone else sees a
 * story only once it is published.
 */
export async function storyRoleOf(user: PublicUser | null, s: { authorId: string, city: { code: string } }): Promise<StoryRole | null> {
  if (!user) return null
  if (s.authorId === user.id) return 'author'
  if (isStaff(user)) {
    const mine = await staffCities(user)
    if (!mine || mine.includes(s.city.code)) return 'staff'
  }
  return null
}

export const isStaff = (user: PublicUser) => user.roles.includes('STAFF') || user.roles.includes('ADMIN')
