import { randomInt } from 'node:crypto'
import { idCheckCharacter } from '#shared/utils/identity'
import type { LoanView } from '#shared/types/loan'
import { db } from './db'
import { createUser, runJobNow, token } from './mentors'
import type { TestUser, UiLocale } from './mentors'
import { eventually } from './projects'
import type { ApiResponse, Client } from './http'

/** Loan fixtures: organisations and their officers, valid ID numbers, documents, the notice's days passing. */

export async function createOrganisation(kind: 'GUARANTOR' | 'BANK', cityCodes: string[] = []): Promise<string> {
  const t = token()
  const o = await db.organisation.create({ data: { kind, nameZh: `${kind === 'BANK' ? '测试银行' : '测试担保中心'}${t}`, nameEn: `Test ${kind === 'BANK' ? 'Bank' : 'Guarantor'} ${t}`, cityCodes } })
  return o.id
}

/** An officer of the organisation (a user with the GUARANTOR or BANK role tied to it). */
export async function createOfficer(kind: 'GUARANTOR' | 'BANK', organisationId: string, opts: { supervisor?: boolean, locale?: UiLocale } = {}): Promise<TestUser> {
  const u = await createUser({ roles: [], prefix: kind.toLowerCase(), ...(opts.locale ? { locale: opts.locale } : {}) })
  await db.userRole.create({ data: { userId: u.id, role: kind, organisationId, supervisor: opts.supervisor ?? false } })
  return u
}

/**
 * A day of birth in 1980–1999 (aged 26–46 now, inside every age rule), drawn at random: with one
 * fixed day the 900 sequence numbers left gave two of the suite's applications the same person
 * now and then, and the second was refused as that person's second live application.
 */
function randomBirth(): string {
  const day = new Date(Date.UTC(1980, 0, 1) + randomInt(0, 365 * 20) * 86_400_000)
  return day.toISOString().slice(0, 10).replaceAll('-', '')
}

/** A resident ID number with a valid check character, born on `birth` (YYYYMMDD). */
export function idNumber(birth = randomBirth(), area = '220302'): string {
  const first17 = `${area}${birth}${String(randomInt(100, 999))}`
  return `${first17}${idCheckCharacter(first17)}`
}

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')
export const PNG = Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])

export async function upload(client: Client, id: string, code: string, bytes: Buffer = PDF, name = `${code.toLowerCase()}.pdf`): Promise<ApiResponse<{ id: string, url: string, code?: string }>> {
  const form = new FormData()
  form.set('code', code)
  form.set('file', new Blob([new Uint8Array(bytes)]), name)
  return client.request('POST', `/api/loans/${id}/documents`, form)
}

/** Uploads every document the application still needs (as the checklist lists it). */
export async function uploadMissing(client: Client, id: string): Promise<string[]> {
  const view = (await client.get<LoanView>(`/api/loans/${id}`)).body
  const codes = view.documents.filter(d => !d.provided).map(d => d.code)
  for (const code of codes) {
    const r = await upload(client, id, code)
    if (r.status !== 201) throw new Error(`upload ${code}: ${r.status} ${JSON.stringify(r.body)}`)
  }
  return codes
}

/** What an individual applicant fills in besides what the case prefills. */
export const individualFields = (id = idNumber()) => ({
  applicantType: 'INDIVIDUAL',
  category: 'GRADUATE',
  city: 'siping',
  realName: '李小创',
  idNumber: id,
  phone: '13912345678',
  purpose: '用于奶茶店的设备和首批原料采购',
  business: { legalForm: 'INDIVIDUAL_BUSINESS', name: '小鹿奶茶', address: '四平市铁西区英雄大街 88 号', plannedOn: '2027-03-01', jobsCreated: 2 },
  existingLoans: [],
  earlierLoans: { count: 0, anyOverdueOrUnpaid: false },
  waivers: [],
})

/** A submitted application of a new applicant (a draft filled, every document uploaded). */
export async function submittedApplication(opts: { amountFen?: number, applicant?: TestUser, fields?: Record<string, unknown> } = {}): Promise<{ id: string, applicant: TestUser, idNumber: string }> {
  const applicant = opts.applicant ?? await createUser()
  const id = idNumber()
  const created = await applicant.client.post<{ id: string }>('/api/loans', { ...individualFields(id), amount: opts.amountFen ?? 5_000_000, termMonths: 24, ...opts.fields })
  if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`)
  await uploadMissing(applicant.client, created.body.id)
  const sub = await applicant.client.post(`/api/loans/${created.body.id}/submit`)
  if (sub.status !== 200) throw new Error(`submit: ${sub.status} ${JSON.stringify(sub.body)}`)
  return { id: created.body.id, applicant, idNumber: id }
}

/**
 * The notice's working days pass: every event of the application is moved back three weeks
 * (keeping their order), then the notice's own job runs. Resolves when the guarantor and the
 * bank have the file.
 */
export async function passNotice(id: string): Promise<void> {
  await db.$executeRaw`UPDATE "LoanEvent" SET "createdAt" = "createdAt" - interval '21 days' WHERE "applicationId" = ${id}::uuid`
  await runJobNow(`loan_notice_end:${id}`)
  await eventually(async () => (await db.loanApplication.findUniqueOrThrow({ where: { id } })).status === 'DUE_DILIGENCE', 20_000)
}
