import { getValidatedRouterParams } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { offeringView } from '../../services/trainings'
import { defineApiHandler } from '../../utils/api'
import { currentSession } from '../../utils/auth'

/** GET /api/trainings/:id — the timetable, places left and waiting, and the viewer's own enrolment (public once published). */
export default defineApiHandler(async (event) => {
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const session = await currentSession(event)
  return offeringView(session?.user ?? null, id, 'TRAINING')
})
