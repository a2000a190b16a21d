import { z } from 'zod'
import { IMAGE_LIMITS } from '../utils/images'
import { cleanText } from './common'

/** What a picture shows, for screen readers: the multipart field "alt" of an upload, and the text kept with a picture. */
export const imageAltSchema = cleanText(z.string().trim().max(IMAGE_LIMITS.altMaxLength, 'validation.maxChars')).default('')

/** A picture named where it is used: an uploaded image's id and its text. */
export const imageRefSchema = z.object({
  id: z.uuid('validation.invalid'),
  alt: imageAltSchema,
})
