import { setResponseHeader } from 'h3'
import { defineApiHandler } from '../../utils/api'
import { requireUser } from '../../utils/auth'

export default defineApiHandler(async (event) => {
  setResponseHeader(event, 'Cache-Control', 'private, no-store')
  const { user } = await requireUser(event)
  return user
})
