import { createHash } from 'node:crypto'
import type { LoanRuleSet, PlatformSource } from '#shared/data/loan-rules'
import type { Bilingual } from '#shared/utils/loan-codes'
import type { LoanDocumentState, LoanFileView, LoanViewerRole } from '#shared/types/loan'
import type { PublicUser } from '#shared/types/user'
import { LOAN_DOCUMENT_LIMITS } from '#shared/utils/loan-documents'
import { loanProgress } from '#shared/utils/loan-steps'
import { formatCalendarDate } from '#shared/utils/format-time'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { loanFor } from './access'
import type { ApplicationRow } from './row'
import { documentsNeeded } from './row'
import { historyOf, loadHistory, loanEvent } from './state'
import { loanData, rulesOf } from './store'

/**
 * The documents of an application. Uploads (PDF, JPEG or PNG, the format read from the bytes,
 * at most 10 MB each) are stored with the application and served only to its applicant and its
 * reviewers, as attachments, from an address that needs their session (never a public or
 * guessable one). What the platform already holds (the business licence of the case's recorded
 * opening, a StartHub training certificate) is attached by reference and never asked for again. A reviewer whose step does not
 * need a document (the rules' `hiddenFrom`) never receives it.
 */
type Tx = Prisma.TransactionClient

const KINDS = [
  { mime: 'application/pdf', ext: 'pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2D] },
  { mime: 'image/jpeg', ext: 'jpg', magic: [0xFF, 0xD8, 0xFF] },
  { mime: 'image/png', ext: 'png', magic: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] },
] as const

/** The document's kind from its first bytes, whatever its name or declared type says. */
export function sniffDocument(bytes: Uint8Array): (typeof KINDS)[number] | null {
  return KINDS.find(k => k.magic.every((b, i) => bytes[i] === b)) ?? null
}

/** A file name as the applicant gave it, safe to show and to send back: no path, no control characters, at most 120 characters. */
export function cleanFilename(name: string | undefined, ext: string): string {
  const base = (name ?? '').split(/[\\/]/).pop()!.replace(/[\p{Cc}\p{Cf}"]/gu, '').trim().slice(0, 120)
  return base || `document.${ext}`
}

/** Where the platform holds a document already, per source: the case's recorded opening, a StartHub training certificate. */
const HELD: Record<PlatformSource, (tx: Tx, row: { caseId: string | null, applicantId: string }) => Promise<{ reference: string } | null>> = {
  CASE_OPENING: async (tx, row) => {
    if (!row.caseId) return null
    const c = await tx.case.findUnique({ where: { id: row.caseId }, select: { openedOn: true } })
    return c?.openedOn ? { reference: `case:${row.caseId}:${c.openedOn}` } : null
  },
  /** the applicant's latest certificate of a StartHub training (not an event), unless revoked */
  TRAINING: async (tx, row) => {
    const cert = await tx.certificate.findFirst({
      where: { revokedAt: null, enrolment: { userId: row.applicantId, offering: { kind: 'TRAINING' } } },
      orderBy: [{ issuedOn: 'desc' }, { createdAt: 'desc' }],
      select: { code: true, issuedOn: true },
    })
    return cert ? { reference: `certificate:${cert.code}:${cert.issuedOn}` } : null
  },
}

/**
 * Attaches, by reference, what the platform already holds for this application's documents; a
 * reference that no longer holds (a revoked certificate, another opening day) is replaced, or
 * dropped so the document is asked for again.
 */
export async function ensureHeldDocuments(tx: Tx, id: string): Promise<void> {
  const row = await tx.loanApplication.findUniqueOrThrow({ where: { id }, select: { caseId: true, applicantId: true, ruleVersion: true } })
  const rules = rulesOf(await loanData(), row.ruleVersion)
  for (const d of rules.documents) {
    if (!d.heldFrom) continue
    const held = await HELD[d.heldFrom](tx, row)
    const existing = await tx.loanDocument.findFirst({ where: { applicationId: id, code: d.code, supersededAt: null }, select: { id: true, source: true, reference: true } })
    if (existing && existing.source === d.heldFrom && existing.reference !== held?.reference) {
      await tx.loanDocument.update({ where: { id: existing.id }, data: { supersededAt: new Date() } })
    }
    else if (existing) continue
    if (held) await tx.loanDocument.create({ data: { applicationId: id, code: d.code, source: d.heldFrom, reference: held.reference } })
  }
}

function referenceText(source: string, reference: string | null): Bilingual | null {
  if (source === 'CASE_OPENING' && reference) {
    const day = reference.split(':')[2] ?? ''
    return { 'zh-CN': `已在创业服务档案中登记开业（${formatCalendarDate(day, 'zh-CN')}），无需再次上传`, 'en': `The opening recorded in your one-stop case (${formatCalendarDate(day, 'en')}); no need to upload it again` }
  }
  if (source === 'TRAINING' && reference) {
    const [, code = '', day = ''] = reference.split(':')
    return { 'zh-CN': `由平台提供：StartHub 创业培训证书（编号 ${code}，${formatCalendarDate(day, 'zh-CN')}颁发），无需再次上传`, 'en': `Provided by the platform: your StartHub training certificate (no. ${code}, issued ${formatCalendarDate(day, 'en')}); no need to upload it again` }
  }
  return null
}

interface DocRow { id: string, code: string, source: 'UPLOAD' | 'CASE_OPENING' | 'TRAINING', filename: string | null, mime: string | null, size: number | null, reference: string | null, createdAt: Date, supersededAt: Date | null }
const docSelect = { id: true, code: true, source: true, filename: true, mime: true, size: true, reference: true, createdAt: true, supersededAt: true } satisfies Prisma.LoanDocumentSelect

/** The codes asked for by the returns open now, with when each was asked. */
async function openReturnItems(tx: Tx, id: string, amount: number, rules: LoanRuleSet): Promise<{ code: string, at: Date }[]> {
  const p = loanProgress({ amount, history: historyOf(await loadHistory(tx, id)) }, rules)
  return p.steps.filter(s => s.state === 'RETURNED').flatMap((s) => {
    const last = s.returns[s.returns.length - 1]!
    return last.missing.map(code => ({ code, at: last.at }))
  })
}

/**
 * The documents still missing before the application may go (back) to its reviewers: every
 * required one without a current file, and every one a return asked for without a file uploaded
 * since.
 */
export async function missingDocuments(tx: Tx, id: string, row: ApplicationRow, rules: LoanRuleSet): Promise<string[]> {
  const { documents } = documentsNeeded(row, rules)
  const files = await tx.loanDocument.findMany({ where: { applicationId: id, supersededAt: null }, select: { code: true, createdAt: true } })
  const missing = documents.filter(d => !files.some(f => f.code === d.code)).map(d => d.code)
  if (row.status === 'RETURNED') {
    const codes = new Set(rules.documents.map(d => d.code))
    for (const item of await openReturnItems(tx, id, row.amount ?? 0, rules)) {
      if (codes.has(item.code) && !files.some(f => f.code === item.code && f.createdAt > item.at) && !missing.includes(item.code)) missing.push(item.code)
    }
  }
  return missing
}

/** The checklist with its files, as a viewer may see it. */
export async function documentStates(tx: Tx, row: ApplicationRow, rules: LoanRuleSet, role: LoanViewerRole): Promise<LoanDocumentState[]> {
  const { documents } = documentsNeeded(row, rules)
  const files: DocRow[] = await tx.loanDocument.findMany({ where: { applicationId: row.id }, select: docSelect, orderBy: { createdAt: 'desc' } })
  const asked = row.status === 'RETURNED' ? await openReturnItems(tx, row.id, row.amount ?? 0, rules) : []
  const hidden = (code: string) => (role === 'guarantor' || role === 'bank') && (rules.documents.find(d => d.code === code)?.hiddenFrom ?? []).includes(role === 'guarantor' ? 'GUARANTOR' : 'BANK')
  return documents.filter(d => !hidden(d.code)).map((d) => {
    const mine = files.filter(f => f.code === d.code)
    const current = mine.find(f => !f.supersededAt)
    const ask = asked.find(a => a.code === d.code)
    return {
      code: d.code,
      name: d.name,
      heldByPlatform: mine.some(f => f.source !== 'UPLOAD' && !f.supersededAt),
      files: mine.map((f): LoanFileView => ({
        id: f.id, filename: f.filename, mime: f.mime, size: f.size, source: f.source, uploadedAt: f.createdAt.toISOString(),
        url: f.source === 'UPLOAD' ? `/api/loans/${row.id}/documents/${f.id}` : null,
        reference: referenceText(f.source, f.reference),
      })),
      provided: !!current && (!ask || current.createdAt > ask.at),
      asked: !!ask && !(current && current.createdAt > ask.at),
    }
  })
}

/** POST /api/loans/:id/documents — the applicant uploads one document of the checklist (replacing an earlier file of it). */
export async function uploadDocument(user: PublicUser, id: string, input: { code: string, filename: string | undefined, bytes: Buffer }): Promise<LoanFileView> {
  if (input.bytes.length > LOAN_DOCUMENT_LIMITS.maxBytes) throw new AppError('document_too_large', undefined, { mb: LOAN_DOCUMENT_LIMITS.maxBytes / 1024 / 1024 })
  const kind = sniffDocument(input.bytes)
  if (!kind) throw new AppError('unsupported_document')
  const data = await loanData()
  return prisma.$transaction(async (tx) => {
    const { role } = await loanFor(tx, user, id)
    if (role !== 'applicant') throw new AppError('forbidden')
    const row = await tx.loanApplication.findUniqueOrThrow({ where: { id }, select: { status: true, ruleVersion: true, applicantType: true, category: true, amount: true, details: true } })
    if (row.status !== 'DRAFT' && row.status !== 'RETURNED') throw new AppError('invalid_transition')
    const rules = rulesOf(data, row.ruleVersion)
    if (!documentsNeeded(row, rules).documents.some(d => d.code === input.code)) throw new AppError('validation', { code: 'validation.invalid' })
    const now = new Date()
    await tx.loanDocument.updateMany({ where: { applicationId: id, code: input.code, supersededAt: null }, data: { supersededAt: now } })
    const filename = cleanFilename(input.filename, kind.ext)
    const doc = await tx.loanDocument.create({
      data: { applicationId: id, code: input.code, source: 'UPLOAD', filename, mime: kind.mime, size: input.bytes.length, sha256: createHash('sha256').update(input.bytes).digest('hex'), content: new Uint8Array(input.bytes), uploadedById: user.id, createdAt: now },
      select: docSelect,
    })
    await loanEvent(tx, id, { action: 'document_added', actorId: user.id, payload: { role: 'APPLICANT', code: input.code } })
    return { id: doc.id, filename: doc.filename, mime: doc.mime, size: doc.size, source: doc.source, uploadedAt: doc.createdAt.toISOString(), url: `/api/loans/${id}/documents/${doc.id}`, reference: null }
  })
}

/** GET /api/loans/:id/documents/:docId — the bytes, for the applicant and the reviewers of this application who may see this document; 404 to anyone else. */
export async function downloadDocument(user: PublicUser, id: string, docId: string): Promise<{ bytes: Buffer, mime: string, filename: string }> {
  const data = await loanData()
  return prisma.$transaction(async (tx) => {
    const { role } = await loanFor(tx, user, id, { purpose: 'document' })
    const doc = await tx.loanDocument.findFirst({ where: { id: docId, applicationId: id, source: 'UPLOAD' }, select: { code: true, content: true, mime: true, filename: true } })
    if (!doc?.content) throw new AppError('not_found')
    const row = await tx.loanApplication.findUniqueOrThrow({ where: { id }, select: { ruleVersion: true } })
    const hiddenFrom = rulesOf(data, row.ruleVersion).documents.find(d => d.code === doc.code)?.hiddenFrom ?? []
    if ((role === 'guarantor' && hiddenFrom.includes('GUARANTOR')) || (role === 'bank' && hiddenFrom.includes('BANK'))) throw new AppError('not_found')
    return { bytes: Buffer.from(doc.content), mime: doc.mime ?? 'application/octet-stream', filename: doc.filename ?? 'document' }
  })
}
