import type { CityOption } from '#shared/types/reference'
import { listCities } from '../services/reference'
import { defineApiHandler } from '../utils/api'

/** GET /api/cities — every city in display order, each area (九台) right after its city (`parent`). */
export default defineApiHandler((): Promise<CityOption[]> => listCities())
