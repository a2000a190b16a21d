import { getHeader, readMultipartFormData, setResponseStatus } from 'h3'
import { projectImageAltSchema } from '#shared/schemas/project'
import { PROJECT_IMAGE_LIMITS } from '#shared/utils/projects'
import { uploadProjectImage } from '../../services/projects'
import { defineApiHandler } from '../../utils/api'
import { requireRole } from '../../utils/auth'
import { AppError } from '../../utils/errors'

const tooLarge = () => new AppError('image_too_large', undefined, { mb: PROJECT_IMAGE_LIMITS.maxUploadBytes / 1024 / 1024 })

/**
 * POST /api/project-images (multipart/form-data: `file`, optional `alt`) → 201
 * `{ id, url, alt, width, height }`. Providers (and staff) upload a picture, then list its id in
 * the project's `images` when saving the project.
 */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'PROVIDER', 'STAFF', 'ADMIN')
  if (!user.emailVerified) throw new AppError('email_not_verified')
  // refuse an oversized body before reading it (room for the multipart framing and the alt text)
  const declared = Number(getHeader(event, 'content-length') ?? Number.NaN)
  if (!Number.isFinite(declared) || declared > PROJECT_IMAGE_LIMITS.maxUploadBytes + 64 * 1024) throw tooLarge()
  const parts = await readMultipartFormData(event)
  const file = parts?.find(p => p.name === 'file' && p.filename !== undefined)
  if (!file?.data.length) throw new AppError('validation', { file: 'validation.required' })
  if (file.data.length > PROJECT_IMAGE_LIMITS.maxUploadBytes) throw tooLarge()
  const alt = projectImageAltSchema.safeParse(parts?.find(p => p.name === 'alt')?.data.toString('utf8') ?? '')
  if (!alt.success) throw new AppError('validation', { alt: 'validation.tooLong' })
  const image = await uploadProjectImage(user, file.data, alt.data)
  setResponseStatus(event, 201)
  return image
})
