import { getHeader } from 'h3'
import { loadContentDocs } from '../../search/content'
import { defineApiHandler } from '../../utils/api'
import { AppError } from '../../utils/errors'
import { INTERNAL_TOKEN } from '../../utils/internal'

/** The content library as search documents; only for the server's own start-up sync. */
export default defineApiHandler(async (event) => {
  if (getHeader(event, 'x-starthub-internal') !== INTERNAL_TOKEN) throw new AppError('not_found')
  return loadContentDocs(event)
})
