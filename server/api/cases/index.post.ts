import { readValidatedBody, setResponseStatus } from 'h3'
import { caseCreateSchema } from '#shared/schemas/case'
import { createCase } from '../../services/cases'
import { defineApiHandler } from '../../utils/api'
import { requireVerifiedUser } from '../../utils/auth'

/** POST /api/cases `{ projectId }` or `{ idea: { title, category, city }, legalForm }` → 201 `{ id, stages }`; 409 `case_open`. */
export default defineApiHandler(async (event) => {
  const { user } = await requireVerifiedUser(event)
  const input = await readValidatedBody(event, caseCreateSchema.parse)
  const created = await createCase(user, input)
  setResponseStatus(event, 201)
  return created
})
