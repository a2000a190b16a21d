import { getRouterParam } from 'h3'
import { idParamSchema } from '#shared/schemas/mentor'
import { getMentor } from '../../services/mentors'
import { defineApiHandler } from '../../utils/api'
import { AppError } from '../../utils/errors'

/** GET /api/mentors/:id — an approved mentor's public profile with ratings and the next free slot. */
export default defineApiHandler(async (event) => {
  const parsed = idParamSchema.safeParse({ id: getRouterParam(event, 'id') })
  if (!parsed.success) throw new AppError('not_found')
  return getMentor(parsed.data.id)
})
