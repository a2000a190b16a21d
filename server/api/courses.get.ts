import { listCourses } from '../services/trainings'
import { defineApiHandler } from '../utils/api'

/** GET /api/courses (public) — the courses of the training programmes, with the class hours each needs. */
export default defineApiHandler(async () => listCourses())
