import { getValidatedQuery } from 'h3'
import { z } from 'zod'
import { organisationsServing } from '../../services/loans'
import { cityIdOf } from '../../services/reference'
import { defineApiHandler } from '../../utils/api'
import { prisma } from '../../utils/prisma'

const query = z.object({ city: z.string().trim().max(40, 'validation.maxChars'), kind: z.enum(['GUARANTOR', 'BANK']).default('BANK') })

/** GET /api/loans/organisations?city=&kind=BANK — the handling banks (or guarantee institutions) serving a city, for the applicant's choice. */
export default defineApiHandler(async (event) => {
  const q = await getValidatedQuery(event, query.parse)
  const cityId = await cityIdOf(q.city, { field: 'city' })
  return (await organisationsServing(prisma, q.kind, cityId)).map(o => ({ id: o.id, name: { 'zh-CN': o.nameZh, 'en': o.nameEn } }))
})
