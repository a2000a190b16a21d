import { getHeader, getValidatedRouterParams, readMultipartFormData, setResponseStatus } from 'h3'
import { idParamSchema } from '#shared/schemas/common'
import { LOAN_DOCUMENT_LIMITS } from '#shared/utils/loan-documents'
import { uploadDocument } from '../../../../services/loans'
import { defineApiHandler } from '../../../../utils/api'
import { requireVerifiedUser } from '../../../../utils/auth'
import { AppError } from '../../../../utils/errors'
import { hit, LIMITS, rateLimited } from '../../../../utils/rate-limit'

const tooLarge = () => new AppError('document_too_large', undefined, { mb: LOAN_DOCUMENT_LIMITS.maxBytes / 1024 / 1024 })

/**
 * POST /api/loans/:id/documents (multipart: `code`, `file`) → 201 the file — the applicant
 * uploads a document of the checklist (PDF, JPEG or PNG, read from the bytes; at most 10 MB).
 * An oversized body is refused by its declared size before it is read.
 */
export default defineApiHandler(async (event) => {
  const { user } = await requireVerifiedUser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const declared = Number(getHeader(event, 'content-length') ?? Number.NaN)
  if (!Number.isFinite(declared) || declared > LOAN_DOCUMENT_LIMITS.maxBytes + 64 * 1024) throw tooLarge()
  const limit = await hit(`loan-doc:user:${user.id}`, LIMITS.loanDocumentUpload)
  if (limit.exceeded) throw rateLimited(limit.retryAfterSeconds)
  const parts = await readMultipartFormData(event)
  const file = parts?.find(p => p.name === 'file' && p.filename !== undefined)
  const code = parts?.find(p => p.name === 'code')?.data.toString('utf8').trim() ?? ''
  if (!/^[A-Z][A-Z_]{1,39}$/.test(code)) throw new AppError('validation', { code: 'validation.required' })
  if (!file?.data.length) throw new AppError('validation', { file: 'validation.required' })
  const saved = await uploadDocument(user, id, { code, filename: file.filename, bytes: file.data })
  setResponseStatus(event, 201)
  return saved
})
