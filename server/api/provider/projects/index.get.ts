import { listOwnProjects } from '../../../services/projects'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'

export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'PROVIDER')
  return listOwnProjects(user)
})
