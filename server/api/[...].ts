import { defineApiHandler } from '../utils/api'
import { AppError } from '../utils/errors'

/** Unknown API paths answer with the JSON error body, not the HTML error page. */
export default defineApiHandler(() => {
  throw new AppError('not_found')
})
