import { listSaved } from '../services/projects'
import { defineApiHandler } from '../utils/api'
import { requireUser } from '../utils/auth'

export default defineApiHandler(async (event) => {
  const { user } = await requireUser(event)
  return listSaved(user)
})
