import type { CityOption, ProjectCategoryOption } from '#shared/types/reference'
import type { PublicUser } from '#shared/types/user'
import { areasAfterCities } from '#shared/utils/cities'
import { PROVINCE_WIDE } from '#shared/utils/content-taxonomy'
import type { Prisma } from '../generated/prisma/client'
import { prisma } from '../utils/prisma'
import { AppError } from '../utils/errors'
import { cached } from '../utils/cache'

/**
 * Reference data (cities with their areas, project categories): read through this one module,
 * cached in the process and read again at most once a minute, or at once in every server
 * instance after forgetReferenceData() or any change to the tables (a database trigger signals
 * `reference`, see server/utils/cache.ts). Services and handlers ask here instead of querying
 * the tables.
 */
export interface CityRow extends CityOption { id: number }
export interface CategoryRow extends ProjectCategoryOption { id: number }

export interface ReferenceData {
  /** display order, each area right after its city */
  cities: CityRow[]
  categories: CategoryRow[]
  cityByCode: Map<string, CityRow>
  categoryByCode: Map<string, CategoryRow>
}

async function load(db: Prisma.TransactionClient): Promise<ReferenceData> {
  const [cityRows, categoryRows] = await Promise.all([
    db.city.findMany({ select: { id: true, code: true, nameZh: true, nameEn: true, level: true, parent: { select: { code: true } } }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }),
    db.projectCategory.findMany({ select: { id: true, code: true, nameZh: true, nameEn: true }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }),
  ])
  const cities = areasAfterCities(cityRows.map(({ parent, ...c }) => ({ ...c, parent: parent?.code ?? null })))
  return {
    cities,
    categories: categoryRows,
    cityByCode: new Map(cities.map(c => [c.code, c])),
    categoryByCode: new Map(categoryRows.map(c => [c.code, c])),
  }
}

const store = cached(() => load(prisma), 60_000, 'reference')

export function referenceData(): Promise<ReferenceData> {
  return store.get()
}

/** Call after changing cities or categories. */
export function forgetReferenceData(): void {
  store.forget()
}

export async function listCities(): Promise<CityOption[]> {
  return (await referenceData()).cities.map(({ id: _id, ...c }) => c)
}

export async function listCategories(): Promise<ProjectCategoryOption[]> {
  return (await referenceData()).categories.map(({ id: _id, ...c }) => c)
}

/**
 * The id of a city code from a form (null for none, or for province-wide unless that is not
 * allowed); an unknown code is a validation error on `field`.
 */
export async function cityIdOf(code: string | null | undefined, opts: { field?: string, provinceWide?: boolean } = {}): Promise<number | null> {
  const field = opts.field ?? 'cityCode'
  if (!code || (code === PROVINCE_WIDE && opts.provinceWide !== false)) return null
  const city = (await referenceData()).cityByCode.get(code)
  if (!city) throw new AppError('validation', { [field]: 'validation.invalid' })
  return city.id
}

/** The id of a category code; an unknown code is a validation error on `field`. */
export async function categoryIdOf(code: string, field = 'categoryCode'): Promise<number> {
  const category = (await referenceData()).categoryByCode.get(code)
  if (!category) throw new AppError('validation', { [field]: 'validation.invalid' })
  return category.id
}

/** Codes that are not known categories, reported with the allowed ones. */
export async function checkCategoryCodes(codes: string[], field: string): Promise<void> {
  const known = (await referenceData()).categoryByCode
  const unknown = codes.filter(c => !known.has(c))
  if (unknown.length) throw new AppError('validation', { [field]: { key: 'validation.unknownValues', params: { values: unknown.join(', '), allowed: [...known.keys()].join(', ') } } })
}

/**
 * The city codes a staff member works for (cases, loans, trainings, stories): theirs and its
 * areas; null for province-wide staff (no city on their account).
 */
export async function staffCities(user: Pick<PublicUser, 'cityCode'>): Promise<string[] | null> {
  if (!user.cityCode) return null
  const { cities } = await referenceData()
  return [user.cityCode, ...cities.filter(c => c.parent === user.cityCode).map(c => c.code)]
}
