import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { z } from 'zod'
import { revokeSchema } from '#shared/schemas/training'
import { revokeCertificate } from '../../../../services/enrolments'
import { defineApiHandler } from '../../../../utils/api'
import { requireRole } from '../../../../utils/auth'

const params = z.object({ code: z.string().trim().max(20, 'validation.maxChars') })

/** POST /api/staff/certificates/:code/revoke `{ reason }` — staff of the session's city revoke a certificate; /verify shows it as revoked. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'STAFF')
  const { code } = await getValidatedRouterParams(event, params.parse)
  const { reason } = await readValidatedBody(event, revokeSchema.parse)
  return revokeCertificate(user, code, reason)
})
