import { setResponseStatus } from 'h3'
import { uploadImage } from '../../services/images'
import { defineApiHandler } from '../../utils/api'
import { requireVerifiedUser } from '../../utils/auth'
import { readImageUpload } from '../../utils/uploads'

/**
 * POST /api/images (multipart/form-data: `file`, optional `alt`) → 201 `{ id, url, alt, width,
 * height }`. Any verified user uploads a picture (a mentor photo, …), then names its id where
 * it is used; a picture nothing uses is deleted after a day.
 */
export default defineApiHandler(async (event) => {
  const { user } = await requireVerifiedUser(event)
  const { file, alt } = await readImageUpload(event)
  const image = await uploadImage(user, file, alt)
  setResponseStatus(event, 201)
  return image
})
