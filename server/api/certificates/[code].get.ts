import { getValidatedRouterParams } from 'h3'
import { z } from 'zod'
import { verifyCertificate } from '../../services/enrolments'
import { defineApiHandler } from '../../utils/api'

const params = z.object({ code: z.string().trim().regex(/^[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}$/, 'validation.invalid') })

/** GET /api/certificates/:code (public) → `{ code, valid, name (masked), programme, title, institution, from, to, issuedOn, hours }`; 404 for an unknown code. */
export default defineApiHandler(async (event) => {
  const { code } = await getValidatedRouterParams(event, params.parse)
  return verifyCertificate(code)
})
