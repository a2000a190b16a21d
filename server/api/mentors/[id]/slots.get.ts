import { getRouterParam, getValidatedQuery } from 'h3'
import { idParamSchema, slotQuerySchema } from '#shared/schemas/mentor'
import { addDays, toZonedIso, zonedDate } from '#shared/utils/zoned-time'
import type { SlotResponse } from '#shared/types/mentor'
import { mentorSlots, getMentor } from '../../../services/mentors'
import { defineApiHandler } from '../../../utils/api'
import { AppError } from '../../../utils/errors'

/** GET /api/mentors/:id/slots?from=YYYY-MM-DD&to=YYYY-MM-DD — free slots (Asia/Shanghai days; default: the next 30 days). */
export default defineApiHandler(async (event): Promise<SlotResponse> => {
  const parsed = idParamSchema.safeParse({ id: getRouterParam(event, 'id') })
  if (!parsed.success) throw new AppError('not_found')
  const query = await getValidatedQuery(event, slotQuerySchema.parse)
  await getMentor(parsed.data.id) // 404 unless approved
  const from = query.from ?? zonedDate(new Date())
  const to = query.to ?? addDays(from, 30)
  const slots = await mentorSlots(parsed.data.id, from, to)
  return { timezone: 'Asia/Shanghai', from, to, slots: slots.map(s => ({ startsAt: toZonedIso(s.startsAt), endsAt: toZonedIso(s.endsAt) })) }
})
