import type { H3Event } from 'h3'
import { getHeader, readMultipartFormData } from 'h3'
import { IMAGE_LIMITS } from '#shared/utils/images'
import { imageAltSchema } from '#shared/schemas/image'
import { AppError } from './errors'

const tooLarge = () => new AppError('image_too_large', undefined, { mb: IMAGE_LIMITS.maxUploadBytes / 1024 / 1024 })

/**
 * Reads a picture upload (multipart `file` and optional `alt`). An oversized body is refused
 * before it is read, by its declared size (room for the multipart framing and the alt text).
 */
export async function readImageUpload(event: H3Event): Promise<{ file: Buffer, alt: string }> {
  const declared = Number(getHeader(event, 'content-length') ?? Number.NaN)
  if (!Number.isFinite(declared) || declared > IMAGE_LIMITS.maxUploadBytes + 64 * 1024) throw tooLarge()
  const parts = await readMultipartFormData(event)
  const file = parts?.find(p => p.name === 'file' && p.filename !== undefined)
  if (!file?.data.length) throw new AppError('validation', { file: 'validation.required' })
  if (file.data.length > IMAGE_LIMITS.maxUploadBytes) throw tooLarge()
  const alt = imageAltSchema.safeParse(parts?.find(p => p.name === 'alt')?.data.toString('utf8') ?? '')
  if (!alt.success) throw new AppError('validation', { alt: { key: 'validation.maxChars', params: { max: IMAGE_LIMITS.altMaxLength } } })
  return { file: file.data, alt: alt.data }
}
