import type { AppLocale } from '#shared/i18n/messages'
import { SUPPORTED_LOCALES } from '#shared/i18n/messages'
import type { TextParams } from '#shared/i18n/loans'
import { loanText } from '#shared/i18n/loans'
import { formatYuan } from '#shared/utils/money'
import type { LoanStepCode } from '#shared/utils/loan-codes'
import type { Prisma } from '../../generated/prisma/client'
import type { LoanMailKind } from '../../mail/templates'
import { loanMailSubject } from '../../mail/templates'
import { siteLink } from '../../mail/links'
import { enqueueMail, fromDbLocale } from '../mail'
import { notify } from '../notifications'
import { referenceData } from '../reference'

/**
 * Every step change is told to the people it concerns, by mail and on the site, each in their
 * own language: the applicant always; the reviewers of a step when it comes to them. Mails
 * name the application by its masked name (张**) and amount, never a personal number; the link
 * is the application's page, where the full picture is behind sign-in.
 */
type Tx = Prisma.TransactionClient

export interface Recipient { id: string, name: string, email: string, locale: AppLocale }

export const recipientSelect = { id: true, name: true, email: true, locale: true } satisfies Prisma.UserSelect
export const toRecipient = (u: { id: string, name: string, email: string, locale: string }): Recipient => ({ ...u, locale: fromDbLocale(u.locale) })

export type ReviewerRole = 'STAFF' | 'GUARANTOR' | 'BANK'
export const STEP_REVIEWER: Record<LoanStepCode, ReviewerRole> = { ELIGIBILITY: 'STAFF', NOTICE: 'STAFF', GUARANTOR: 'GUARANTOR', BANK: 'BANK' }

/** The application as the mails need it. */
export interface MailSubject { id: string, applicantId: string, maskedName: string | null, amount: number | null, cityId: number | null, guarantorId: string | null, bankId: string | null }
export const mailSubjectSelect = { id: true, applicantId: true, maskedName: true, amount: true, cityId: true, guarantorId: true, bankId: true } satisfies Prisma.LoanApplicationSelect

export async function applicantOf(tx: Tx, a: MailSubject): Promise<Recipient> {
  return toRecipient(await tx.user.findUniqueOrThrow({ where: { id: a.applicantId }, select: recipientSelect }))
}

/**
 * The reviewers of a role for an application: staff of its city (its own, the city it is an
 * area of, or province-wide), or the officers of its guarantee institution or bank. Only
 * supervisors when `supervisors`.
 */
export async function reviewersOf(tx: Tx, a: Pick<MailSubject, 'cityId' | 'guarantorId' | 'bankId'>, role: ReviewerRole, opts: { supervisors?: boolean } = {}): Promise<Recipient[]> {
  const where: Prisma.UserRoleWhereInput = { role, ...(opts.supervisors ? { supervisor: true } : {}), user: { disabledAt: null } }
  if (role === 'STAFF') {
    const { cities } = await referenceData()
    const city = cities.find(c => c.id === a.cityId)
    const parent = city?.parent ? cities.find(c => c.code === city.parent) : null
    const ids = [city?.id, parent?.id].filter((x): x is number => x !== undefined)
    where.user = { disabledAt: null, OR: [{ cityId: null }, ...(ids.length ? [{ cityId: { in: ids } }] : [])] }
  }
  else {
    const org = role === 'GUARANTOR' ? a.guarantorId : a.bankId
    if (!org) return []
    where.organisationId = org
  }
  const rows = await tx.userRole.findMany({ where, select: { user: { select: recipientSelect } } })
  return rows.map(r => toRecipient(r.user))
}

/** The values every loan sentence may use, per language. */
export function baseVars(a: MailSubject, extra: Partial<Record<AppLocale, TextParams>> & { all?: TextParams } = {}): Record<AppLocale, TextParams> {
  const per = (l: AppLocale): TextParams => ({
    name: a.maskedName ?? (l === 'en' ? 'applicant' : '申请人'),
    amount: a.amount !== null ? formatYuan(a.amount, { dropZeroFen: true }) : '—',
    ...extra.all,
    ...extra[l],
  })
  return { 'zh-CN': per('zh-CN'), 'en': per('en') }
}

export const stepVars = (step: LoanStepCode | 'wholePath'): Record<AppLocale, TextParams> =>
  ({ 'zh-CN': { step: loanText('zh-CN', `steps.${step}`) }, 'en': { step: loanText('en', `steps.${step}`) } })

/** Merges per-language values. */
export function mergeVars(...parts: Partial<Record<AppLocale, TextParams>>[]): Record<AppLocale, TextParams> {
  const out = { 'zh-CN': {}, 'en': {} } as Record<AppLocale, TextParams>
  for (const p of parts) for (const l of SUPPORTED_LOCALES) Object.assign(out[l], p[l] ?? {})
  return out
}

/** Mails and notifies each recipient once, in their language. */
export async function tell(tx: Tx, a: Pick<MailSubject, 'id'>, to: readonly Recipient[], kind: LoanMailKind, vars: Record<AppLocale, TextParams>, opts: { items?: Record<AppLocale, string[]>, note?: string | null, path?: string } = {}): Promise<void> {
  const seen = new Set<string>()
  const path = opts.path ?? `/loans/${a.id}`
  for (const r of to) {
    if (seen.has(r.id)) continue
    seen.add(r.id)
    await enqueueMail(tx, { to: r.email, locale: r.locale, template: 'loan', params: { kind, name: r.name, vars, ...(opts.items ? { items: opts.items } : {}), note: opts.note ?? null, url: siteLink(r.locale, path) } })
    await notify(tx, r.id, { kind: `loan.${kind}`, text: { 'zh-CN': loanMailSubject(kind, 'zh-CN', vars['zh-CN']), 'en': loanMailSubject(kind, 'en', vars.en) }, link: path })
  }
}
