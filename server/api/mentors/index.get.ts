import { getValidatedQuery } from 'h3'
import { mentorListQuerySchema } from '#shared/schemas/mentor'
import { searchMentors } from '../../search/specs/mentors'
import { defineApiHandler } from '../../utils/api'

/** GET /api/mentors?q=&type=&stage=&industry=&city=&mode=&available=&sort=&page=&pageSize= (public) */
export default defineApiHandler(async (event) => {
  const query = await getValidatedQuery(event, mentorListQuerySchema.parse)
  return searchMentors(query)
})
