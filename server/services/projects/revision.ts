import type { ProjectInput } from '#shared/schemas/project'
import { projectImageUrl } from '#shared/utils/projects'
import { PROVINCE_WIDE } from '#shared/utils/content-taxonomy'
import type { Prisma } from '../../generated/prisma/client'
import { AppError } from '../../utils/errors'
import { recordEvent } from '../../utils/events'
import { enqueueProjectSync } from '../../search/specs/projects'
import { fromDbLocale } from '../mail'
import { categoryIdOf, cityIdOf } from '../reference'
import type { RevisionAdapter } from '../revisions/adapter'
import { setProjectImages } from './images'

/**
 * What staff review before an edit of a published project goes public: everything a visitor
 * reads as the project's promise — title, texts, category and place, the figures, the risks and
 * the pictures. Tags, skills, target groups and policy links change at once.
 */
export const PROJECT_REVIEWED_FIELDS = [
  'title', 'summary', 'description', 'categoryCode', 'cityCode', 'sourceType', 'investmentMin', 'investmentMax',
  'monthlyCost', 'paybackMonths', 'expectedJobs', 'riskLevel', 'riskFactors', 'images',
] as const satisfies readonly (keyof ProjectInput)[]

export type ProjectRevisionData = Pick<ProjectInput, (typeof PROJECT_REVIEWED_FIELDS)[number]>

const reviewedSelect = {
  title: true, summary: true, description: true, sourceType: true, investmentMin: true, investmentMax: true, monthlyCost: true, paybackMonths: true,
  expectedJobs: true, riskLevel: true, riskFactors: true, category: { select: { code: true } }, city: { select: { code: true } },
  images: { select: { id: true, alt: true }, orderBy: { position: 'asc' } },
} satisfies Prisma.ProjectSelect

export const projectRevisionAdapter: RevisionAdapter<ProjectRevisionData> = {
  entity: 'project',
  fields: PROJECT_REVIEWED_FIELDS,
  current: async (tx, id) => {
    const p = await tx.project.findUnique({ where: { id }, select: reviewedSelect })
    if (!p) throw new AppError('not_found')
    const { category, city, ...rest } = p
    return { ...rest, categoryCode: category.code, cityCode: city?.code ?? null }
  },
  apply: async (tx, id, data, authorId, reviewerId) => {
    const { categoryCode, cityCode, images, ...fields } = data
    const [categoryId, cityId] = [await categoryIdOf(categoryCode), await cityIdOf(cityCode, { provinceWide: false })]
    await tx.project.update({ where: { id }, data: { ...fields, categoryId, cityId, archiveReminderAt: null } })
    await setProjectImages(tx, id, { id: authorId }, images)
    await recordEvent(tx, 'project', id, { action: 'revision_approved', actorId: reviewerId, payload: { changes: PROJECT_REVIEWED_FIELDS.filter(f => f in data) } })
    await enqueueProjectSync(tx, [id])
  },
  describe: async (tx, id) => {
    const p = await tx.project.findUniqueOrThrow({ where: { id }, select: { title: true, slug: true, provider: { select: { name: true, email: true, locale: true } } } })
    return { title: p.title, path: `/projects/${p.slug}`, owner: { name: p.provider.name, email: p.provider.email, locale: fromDbLocale(p.provider.locale) } }
  },
  images: data => data.images.map(i => i.id),
  show: (field, value) => {
    if (field === 'images') return (value as ProjectInput['images']).map(i => ({ url: projectImageUrl(i.id), alt: i.alt }))
    if (field === 'cityCode') return value ?? PROVINCE_WIDE
    return value
  },
}
