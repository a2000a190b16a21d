import { openApiDocument } from '../openapi/document'
import { defineApiHandler } from '../utils/api'

/** GET /api/openapi.json — the OpenAPI 3.1 document of this API, made from the handlers' own zod schemas. */
export default defineApiHandler(() => openApiDocument())
