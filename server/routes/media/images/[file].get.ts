import { defineEventHandler } from 'h3'
import { serveImage } from '../../../utils/media'

/** GET /media/images/<id>.webp — a stored picture. */
export default defineEventHandler(serveImage)
