import { z } from 'zod'
import { calendarDate, int, oneOf, text } from './common'

/**
 * What an admin changes in the loan reference data: a new version of the rules (a copy of an
 * earlier one with its figures changed, in force from a day not before today), a year of the
 * holiday calendar, an LPR fixing, the organisations.
 */
const fen = int(0, 1_000_000_000)
const bp = (max = 10_000) => int(0, max)
const days = int(1, 60)

/** The figures of a rule set an admin may change (all optional: unchanged from the version it copies). */
export const ruleFiguresSchema = z.object({
  individualMax: fen,
  partnershipUpliftBp: bp(),
  partnershipMaxTotal: fen.nullable(),
  enterpriseMax: fen,
  termIndividual: int(1, 120),
  termPartnership: int(1, 120),
  termEnterprise: int(1, 120),
  maxSpreadBp: bp(2_000),
  subsidyShareBp: bp(),
  ageMin: int(14, 100),
  ageMax: int(14, 100),
  earlierLoansMax: int(1, 20),
  newHireShareBp: bp(),
  largeAbove: int(1, 100_000),
  largeNewHireShareBp: bp(),
  extensionMaxCount: int(0, 5),
  extensionMaxMonths: int(0, 60),
  timeEligibility: days,
  timeNotice: days,
  timeGuarantor: days,
  timeBank: days,
  timeWholePath: days,
  makerCheckerAbove: fen,
  smallAmountWaiverMax: fen,
}).partial()
export type RuleFigures = z.infer<typeof ruleFiguresSchema>

export const ruleVersionName = z.string({ error: 'validation.required' }).trim().regex(/^[a-z0-9][a-z0-9.-]{2,59}$/, 'validation.ruleVersion')

/** POST /api/admin/loan-rules (a new version) and PUT /api/admin/loan-rules/:version (one not in force and not used yet). */
export const ruleSetWriteSchema = z.object({
  basedOn: ruleVersionName,
  version: ruleVersionName,
  effectiveFrom: calendarDate,
  source: text(4, 500, { multiline: true }),
  sample: z.boolean({ error: 'validation.required' }),
  figures: ruleFiguresSchema.default({}),
}).refine(r => r.figures.ageMin === undefined || r.figures.ageMax === undefined || r.figures.ageMin <= r.figures.ageMax, { message: 'validation.invalid', path: ['figures', 'ageMax'] })
export type RuleSetWrite = z.infer<typeof ruleSetWriteSchema>

export const ruleVersionParamSchema = z.object({ version: ruleVersionName })

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.invalid')

/** PUT /api/admin/holidays/:year — the State Council's notice for a year. */
export const holidayYearSchema = z.object({
  source: text(4, 300, { multiline: true }),
  publishedOn: day.nullable(),
  sample: z.boolean({ error: 'validation.required' }),
  holidays: z.array(day).max(60, 'validation.tooMany'),
  workdays: z.array(day).max(20, 'validation.tooMany'),
})
export const yearParamSchema = z.object({ year: z.coerce.number({ error: 'validation.invalid' }).int('validation.invalid').min(2000, 'validation.invalid').max(2100, 'validation.invalid') })

/** POST /api/admin/lpr */
export const lprFixingSchema = z.object({
  publishedOn: calendarDate,
  oneYearBp: bp(2_000),
  fiveYearBp: bp(2_000),
  source: text(4, 300),
  sample: z.boolean({ error: 'validation.required' }),
})

/** POST /api/admin/organisations and PATCH /api/admin/organisations/:id */
export const organisationSchema = z.object({
  kind: oneOf(['GUARANTOR', 'BANK', 'INSTITUTION']),
  nameZh: text(2, 60),
  nameEn: text(2, 100),
  /** the cities it serves; empty: the whole province */
  cityCodes: z.array(z.string().trim().max(40, 'validation.maxChars')).max(30, 'validation.tooMany').default([]),
})
export type OrganisationInput = z.infer<typeof organisationSchema>
export const organisationPatchSchema = organisationSchema.omit({ kind: true }).partial()
