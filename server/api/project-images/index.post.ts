import { setResponseStatus } from 'h3'
import { uploadProjectImage } from '../../services/projects'
import { defineApiHandler } from '../../utils/api'
import { requireRole } from '../../utils/auth'
import { AppError } from '../../utils/errors'
import { readImageUpload } from '../../utils/uploads'

/**
 * POST /api/project-images (multipart/form-data: `file`, optional `alt`) → 201
 * `{ id, url, alt, width, height }`. Providers (and staff) upload a picture, then list its id in
 * the project's `images` when saving the project.
 */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'PROVIDER', 'STAFF', 'ADMIN')
  if (!user.emailVerified) throw new AppError('email_not_verified')
  const { file, alt } = await readImageUpload(event)
  const image = await uploadProjectImage(user, file, alt)
  setResponseStatus(event, 201)
  return image
})
