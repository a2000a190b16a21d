import { defineEventHandler } from 'h3'
import { serveImage } from '../../../utils/media'

/** GET /media/projects/<id>.webp — a project picture (the same store as /media/images/). */
export default defineEventHandler(serveImage)
