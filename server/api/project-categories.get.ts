import type { ProjectCategoryOption } from '#shared/types/reference'
import { listCategories } from '../services/reference'
import { defineApiHandler } from '../utils/api'

/** GET /api/project-categories — the categories of the project library (also the mentors' industries). */
export default defineApiHandler((): Promise<ProjectCategoryOption[]> => listCategories())
