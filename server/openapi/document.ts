import { z } from 'zod'
import type { ZodType } from 'zod'
import { ROLES } from '#shared/utils/roles'
import { SERVICE_STAGE_CODES } from '#shared/utils/stages'
import { BOOKING_STATUSES } from '#shared/utils/bookings'
import { MATCH_STATUSES } from '#shared/utils/match-requests'
import { MENTOR_LANGUAGES, MENTOR_STATUSES, MENTOR_TYPES, SESSION_MODES } from '#shared/utils/mentors'
import { PROJECT_STATUSES, RISK_LEVELS, SOURCE_TYPES, SUITABLE_FOR } from '#shared/utils/projects'
import { ERROR_CODES } from '#shared/utils/errors'
import type { ErrorCode } from '#shared/utils/errors'
import { translate } from '#shared/i18n/messages'
import type { Access, RouteDoc } from './routes'
import { ROUTES } from './routes'

/**
 * The OpenAPI 3.1 document of the API, made from the route list and the zod schemas the
 * handlers validate with (zod's own JSON Schema output, as the input side: what a client sends).
 */
type JsonSchema = Record<string, unknown>

const toSchema = (schema: ZodType): JsonSchema => {
  const { $schema: _s, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema
  return rest
}

const ACCESS: Record<Access, string> = {
  'public': 'Anyone.',
  'signed-in': 'A signed-in user (session cookie).',
  'verified': 'A signed-in user with a verified email.',
  'staff': 'Staff (人社工作人员) or administrators.',
  'admin': 'Administrators.',
  'mentor': 'Mentors and staff.',
  'provider': 'Verified project providers (and staff).',
  'guarantor': 'Officers of a guarantee institution (担保机构), for the applications assigned to it.',
  'bank': 'Officers of a handling bank (经办银行), for the applications assigned to it.',
  'trainer': 'Trainers (培训讲师) of the session, and staff of its city.',
}

/** Every code list, as the enums the API speaks in. */
export const CODE_ENUMS: Record<string, readonly string[]> = {
  Role: ROLES,
  ServiceStage: SERVICE_STAGE_CODES,
  ProjectStatus: PROJECT_STATUSES,
  RiskLevel: RISK_LEVELS,
  SourceType: SOURCE_TYPES,
  SuitableFor: SUITABLE_FOR,
  MentorType: MENTOR_TYPES,
  MentorStatus: MENTOR_STATUSES,
  MentorLanguage: MENTOR_LANGUAGES,
  SessionMode: SESSION_MODES,
  BookingStatus: BOOKING_STATUSES,
  MatchRequestStatus: MATCH_STATUSES,
  ErrorCode: Object.keys(ERROR_CODES),
}

function parameters(route: RouteDoc): JsonSchema[] {
  const out: JsonSchema[] = []
  for (const [where, schema] of [['path', route.params], ['query', route.query]] as const) {
    if (!schema) continue
    const s = toSchema(schema)
    const props = (s.properties ?? {}) as Record<string, JsonSchema>
    const required = new Set((s.required ?? []) as string[])
    for (const [name, p] of Object.entries(props)) out.push({ name, in: where, required: where === 'path' || required.has(name), schema: p })
  }
  return out
}

function requestBody(route: RouteDoc): JsonSchema | undefined {
  if (!route.body) return undefined
  if (route.body === 'multipart-image') {
    return {
      required: true,
      content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'JPEG, PNG or WebP, at most 8 MB (read by content)' }, alt: { type: 'string', maxLength: 120, description: 'what the picture shows, for screen readers' } } } } },
    }
  }
  if (route.body === 'multipart-document') {
    return {
      required: true,
      content: { 'multipart/form-data': { schema: { type: 'object', required: ['code', 'file'], properties: { code: { type: 'string', description: 'the checklist code of the document (e.g. ID_CARD)' }, file: { type: 'string', format: 'binary', description: 'PDF, JPEG or PNG, at most 10 MB (read by content)' } } } } },
    }
  }
  return { required: true, content: { 'application/json': { schema: toSchema(route.body) } } }
}

function responses(route: RouteDoc): JsonSchema {
  const out: JsonSchema = { [String(route.ok.status)]: { description: route.ok.description, content: { 'application/json': { schema: {} } } } }
  const byStatus = new Map<number, ErrorCode[]>()
  for (const code of new Set([...(route.errors ?? []), 'internal' as const])) {
    const status = ERROR_CODES[code].status
    byStatus.set(status, [...(byStatus.get(status) ?? []), code])
  }
  for (const [status, codes] of [...byStatus].sort((a, b) => a[0] - b[0])) {
    out[String(status)] = {
      description: codes.map(c => `\`${c}\`: ${translate('en', ERROR_CODES[c].key, { minutes: 'N', mb: c === 'document_too_large' ? 10 : 8, kb: 1024, reasons: '…', problem: '…', kind: 'organisation' })}`).join(' '),
      content: { 'application/json': { schema: { allOf: [{ $ref: '#/components/schemas/ApiError' }, { properties: { code: { enum: codes } } }] } } },
    }
  }
  return out
}

let cached: JsonSchema | null = null

export function openApiDocument(): JsonSchema {
  if (cached) return cached
  const paths: Record<string, Record<string, JsonSchema>> = {}
  for (const r of ROUTES.filter(r => !r.hidden)) {
    paths[r.path] ??= {}
    paths[r.path]![r.method] = {
      tags: [r.tag],
      summary: r.summary,
      description: `Access: ${ACCESS[r.access]}`,
      operationId: `${r.method}${r.path.replace(/[{}]/g, '').split(/[/-]/).filter(Boolean).map(w => w[0]!.toUpperCase() + w.slice(1)).join('')}`,
      parameters: parameters(r),
      ...(requestBody(r) ? { requestBody: requestBody(r) } : {}),
      responses: responses(r),
      ...(r.access === 'public' ? {} : { security: [{ session: [] }] }),
    }
  }
  cached = {
    openapi: '3.1.0',
    info: {
      title: 'StartHub 创业一站通 API',
      version: '1',
      description: 'The public API of StartHub. Errors are `{ code, message, fields? }` with `message` (and every field message) in the request\'s language: send `x-starthub-locale: en` or `Accept-Language`. State-changing requests from a browser must be same-origin. Times are ISO 8601 with offset; money is in yuan in the project library.',
    },
    servers: [{ url: '/' }],
    tags: [...new Set(ROUTES.filter(r => !r.hidden).map(r => r.tag))].map(name => ({ name })),
    paths,
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sh_session' } },
      schemas: {
        ApiError: {
          type: 'object', required: ['code', 'message'],
          properties: { code: { $ref: '#/components/schemas/ErrorCode' }, message: { type: 'string' }, fields: { type: 'object', additionalProperties: { type: 'string' }, description: 'per field, what is wrong, naming the rule ("至少 10 个字")' } },
        },
        ...Object.fromEntries(Object.entries(CODE_ENUMS).map(([name, values]) => [name, { type: 'string', enum: [...values] }])),
      },
    },
  }
  return cached
}
