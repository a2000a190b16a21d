import type { MessageKey } from '../i18n/messages'

/**
 * Every error code the API answers with, its HTTP status and its message. One table for the
 * server (which answers with it) and the pages (which compare `code`s typed as ErrorCode).
 */
export const ERROR_CODES = {
  validation: { status: 400, key: 'error.validation' },
  unauthorized: { status: 401, key: 'error.unauthorized' },
  invalid_credentials: { status: 401, key: 'error.invalid_credentials' },
  forbidden: { status: 403, key: 'error.forbidden' },
  csrf: { status: 403, key: 'error.csrf' },
  email_not_verified: { status: 403, key: 'error.email_not_verified' },
  not_found: { status: 404, key: 'error.not_found' },
  conflict: { status: 409, key: 'error.conflict' },
  email_taken: { status: 409, key: 'error.email_taken' },
  rate_limited: { status: 429, key: 'error.rate_limited' },
  token_invalid: { status: 400, key: 'error.token_invalid' },
  wrong_password: { status: 400, key: 'error.wrong_password' },
  role_not_grantable: { status: 400, key: 'error.role_not_grantable' },
  last_admin: { status: 409, key: 'error.last_admin' },
  slot_taken: { status: 409, key: 'error.slot_taken' },
  slot_unavailable: { status: 409, key: 'error.slot_unavailable' },
  weekly_cap_reached: { status: 409, key: 'error.weekly_cap_reached' },
  booking_overlap: { status: 409, key: 'error.booking_overlap' },
  invalid_transition: { status: 409, key: 'error.invalid_transition' },
  mentor_unavailable: { status: 409, key: 'error.mentor_unavailable' },
  already_reviewed: { status: 409, key: 'error.already_reviewed' },
  mentor_profile_exists: { status: 409, key: 'error.mentor_profile_exists' },
  case_open: { status: 409, key: 'error.case_open' },
  plan_conflict: { status: 409, key: 'error.plan_conflict' },
  loan_open: { status: 409, key: 'error.loan_open' },
  loan_conflict: { status: 409, key: 'error.loan_conflict' },
  loan_not_eligible: { status: 422, key: 'error.loan_not_eligible' },
  loan_decision: { status: 409, key: 'error.loan_decision' },
  no_organisation: { status: 409, key: 'error.no_organisation' },
  rules_in_use: { status: 409, key: 'error.rules_in_use' },
  document_too_large: { status: 413, key: 'error.document_too_large' },
  unsupported_document: { status: 415, key: 'error.unsupported_document' },
  image_too_large: { status: 413, key: 'error.image_too_large' },
  payload_too_large: { status: 413, key: 'error.payload_too_large' },
  unsupported_image: { status: 415, key: 'error.unsupported_image' },
  db_unavailable: { status: 503, key: 'error.db_unavailable' },
  internal: { status: 500, key: 'error.internal' },
} as const satisfies Record<string, { status: number, key: MessageKey }>

export type ErrorCode = keyof typeof ERROR_CODES
