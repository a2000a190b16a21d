import type { SearchEntity } from './outbox'
import { projectSearchSpec } from './specs/projects'
import { mentorSearchSpec } from './specs/mentors'
import { offeringSearchSpec } from './specs/offerings'
import { storySearchSpec } from './specs/stories'

/**
 * Every searchable section, by the name its outbox rows carry. A new section joins search by
 * adding its spec file under specs/ and one line here: the sync job, the reconciliation and
 * `npm run search:reindex` work over this registry.
 */
export type SearchEntityName = 'project' | 'mentor' | 'offering' | 'story'

export const SEARCH_ENTITIES: Record<SearchEntityName, SearchEntity> = {
  project: projectSearchSpec,
  mentor: mentorSearchSpec,
  offering: offeringSearchSpec,
  story: storySearchSpec,
}
