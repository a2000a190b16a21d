import { getValidatedRouterParams, readValidatedBody } from 'h3'
import { holidayYearSchema, yearParamSchema } from '#shared/schemas/loan-admin'
import { writeHolidayYear } from '../../../services/loans'
import { defineApiHandler } from '../../../utils/api'
import { requireRole } from '../../../utils/auth'
import { clientIp } from '../../../utils/request'

/** PUT /api/admin/holidays/:year `{ source, publishedOn, sample, holidays, workdays }` — a year's public holidays and adjusted working days; due days of applications under review follow at once. */
export default defineApiHandler(async (event) => {
  const { user } = await requireRole(event, 'ADMIN')
  const { year } = await getValidatedRouterParams(event, yearParamSchema.parse)
  return writeHolidayYear(user, year, await readValidatedBody(event, holidayYearSchema.parse), clientIp(event))
})
