import { getRouterParam, getValidatedQuery, setResponseHeaders } from 'h3'
import { feedQuerySchema } from '#shared/schemas/release'
import { ATOM_TYPE, feedTopic, topicFeed } from '../../services/release'
import { defineApiHandler } from '../../utils/api'
import { AppError } from '../../utils/errors'

/** GET /feeds/<topic>.xml?city=&tag=&lang=: an Atom feed of the topic's newest published items (400 on unknown codes). */
export default defineApiHandler(async (event) => {
  const topic = feedTopic(getRouterParam(event, 'file') ?? '')
  if (!topic) throw new AppError('not_found')
  const query = await getValidatedQuery(event, feedQuerySchema.parse)
  const xml = await topicFeed(event, topic, query)
  // public and the same for everybody: shared caches may keep it for ten minutes
  setResponseHeaders(event, { 'Content-Type': ATOM_TYPE, 'Cache-Control': 'public, max-age=600' })
  return xml
})
