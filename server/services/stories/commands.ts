import type { StoryFeatureInput, StoryFiguresInput, StoryInput, StoryReviewInput } from '#shared/schemas/story'
import type { StoryAction } from '#shared/types/story'
import type { PublicUser } from '#shared/types/user'
import type { StoryStatusCode } from '#shared/utils/stories'
import { recordedFigures } from '#shared/utils/outcomes'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import type { FieldMessage } from '../../utils/errors'
import { AppError } from '../../utils/errors'
import { recordEvent } from '../../utils/events'
import { enqueueSearchSync } from '../../search/outbox'
import { setHeldImages } from '../images'
import { categoryIdOf, cityIdOf } from '../reference'
import { outcomesOfCases } from '../cases/outcomes'
import { storyRoleOf } from './access'
import { mailStoryReviewed } from './notifications'
import { storyLifecycle } from './rules'
import { storySlug } from './slug'

/**
 * Changes to stories: each in one transaction, asked of the lifecycle table (rules.ts) and
 * guarded in its UPDATE by the statuses the table allows, with its StoryEvent, its mail and its
 * search outbox row (a published story is in the `stories` index; any other status takes it out).
 */
type Tx = Prisma.TransactionClient
export interface StoryRef { id: string, slug: string, status: StoryStatusCode }

/** The form's references, each checked: city, category, a published library project, the author's own case and figures it has recorded. */
async function resolve(tx: Tx, author: PublicUser, input: StoryInput) {
  const fields: Record<string, FieldMessage> = {}
  const [cityId, categoryId] = await Promise.allSettled([cityIdOf(input.cityCode, { provinceWide: false }), categoryIdOf(input.categoryCode)])
  if (cityId.status === 'rejected') fields.cityCode = 'validation.invalid'
  if (categoryId.status === 'rejected') fields.categoryCode = 'validation.invalid'
  if (input.projectId && !(await tx.project.findFirst({ where: { id: input.projectId, status: 'PUBLISHED' }, select: { id: true } }))) fields.projectId = 'validation.invalid'
  if (input.caseId && !(await tx.case.findFirst({ where: { id: input.caseId, ownerId: author.id }, select: { id: true } }))) fields.caseId = 'validation.invalid'
  else await checkFigures(tx, input.caseId, input.figures, fields)
  if (Object.keys(fields).length || cityId.status === 'rejected' || categoryId.status === 'rejected') throw new AppError('validation', fields)
  return { cityId: cityId.value!, categoryId: categoryId.value }
}

/** Figures can only be shown when the linked case has recorded them: nothing is typed in by hand. */
async function checkFigures(tx: Tx, caseId: string | null, figures: readonly string[], fields: Record<string, FieldMessage>): Promise<void> {
  if (!figures.length) return
  if (!caseId) {
    fields.figures = 'validation.figureNotRecorded'
    return
  }
  const outcomes = (await outcomesOfCases([caseId], tx)).get(caseId)
  const recorded = new Set(outcomes ? recordedFigures(outcomes) : [])
  if (figures.some(f => !recorded.has(f as never))) fields.figures = 'validation.figureNotRecorded'
}

function columns(input: StoryInput) {
  return { title: input.title, summary: input.summary, body: input.body, projectId: input.projectId, caseId: input.caseId, figures: [...new Set(input.figures)] }
}

/** Loads a story for an action and asks the table: 404 to those who may not see it, 403 / 409 otherwise. */
async function authorise(tx: Tx, user: PublicUser, id: string, action: StoryAction) {
  const s = await tx.story.findUnique({ where: { id }, select: { id: true, slug: true, status: true, authorId: true, featured: true, caseId: true, title: true, city: { select: { code: true } } } })
  const role = s ? await storyRoleOf(user, s) : null
  if (!s || !role) throw new AppError('not_found')
  const refusal = storyLifecycle.refusal(action, s.status, role, { featured: s.featured })
  if (refusal === 'forbidden') throw new AppError('forbidden')
  if (refusal) throw new AppError('invalid_transition')
  return { story: s, role }
}

/** Moves a story along the table (guarded UPDATE), records the event and tells the index. */
async function transition(tx: Tx, user: PublicUser, id: string, action: StoryAction, extra: Prisma.StoryUpdateManyMutationInput = {}, reason: string | null = null) {
  const { story, role } = await authorise(tx, user, id, action)
  const rule = storyLifecycle.find(action, story.status, role, { featured: story.featured })!
  const to = storyLifecycle.target(rule, story.status)
  const done = await tx.story.updateMany({ where: { id, status: { in: storyLifecycle.fromStatuses(action, role) }, featured: story.featured }, data: { status: to, ...extra } })
  if (!done.count) throw new AppError('conflict')
  await recordEvent(tx, 'story', id, { action: rule.event, from: story.status, to, actorId: user.id, reason })
  await enqueueSearchSync(tx, 'story', [id])
  return { story, to }
}

export async function createStory(author: PublicUser, input: StoryInput): Promise<StoryRef> {
  return prisma.$transaction(async (tx) => {
    const refs = await resolve(tx, author, input)
    const s = await tx.story.create({
      data: { ...columns(input), ...refs, slug: storySlug(input.title), authorId: author.id, status: 'DRAFT' },
      select: { id: true, slug: true, status: true },
    })
    await setHeldImages(tx, { storyId: s.id }, author, input.images)
    await recordEvent(tx, 'story', s.id, { action: 'created', to: 'DRAFT', actorId: author.id })
    return s
  })
}

export async function updateStory(author: PublicUser, id: string, input: StoryInput): Promise<StoryRef> {
  return prisma.$transaction(async (tx) => {
    const { story } = await authorise(tx, author, id, 'edit')
    const refs = await resolve(tx, author, input)
    const done = await tx.story.updateMany({ where: { id, status: story.status }, data: { ...columns(input), ...refs } })
    if (!done.count) throw new AppError('conflict')
    await setHeldImages(tx, { storyId: id }, author, input.images)
    await recordEvent(tx, 'story', id, { action: 'edited', actorId: author.id })
    return { id, slug: story.slug, status: story.status }
  })
}

/** Which recorded figures the story shows; allowed while it is public too (they are StartHub's records). */
export async function chooseFigures(author: PublicUser, id: string, input: StoryFiguresInput): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { story } = await authorise(tx, author, id, 'figures')
    const fields: Record<string, FieldMessage> = {}
    await checkFigures(tx, story.caseId, input.figures, fields)
    if (Object.keys(fields).length) throw new AppError('validation', fields)
    await tx.story.update({ where: { id }, data: { figures: [...new Set(input.figures)] } })
    await recordEvent(tx, 'story', id, { action: 'figures_chosen', actorId: author.id, payload: { figures: input.figures } })
    await enqueueSearchSync(tx, 'story', [id])
  })
}

export async function submitStory(author: PublicUser, id: string): Promise<void> {
  await prisma.$transaction(tx => transition(tx, author, id, 'submit', { submittedAt: new Date(), reviewReason: null }))
}

/** The author takes it back at once: off the site now, out of the index with the next sync. */
export async function withdrawStory(author: PublicUser, id: string): Promise<void> {
  await prisma.$transaction(tx => transition(tx, author, id, 'withdraw', { featured: false, featuredAt: null }))
}

/** 审核: publish, ask for changes or reject — the author is mailed the decision and its reason. */
export async function reviewStory(staff: PublicUser, id: string, input: StoryReviewInput): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const action = input.decision === 'approve' ? 'approve' : input.decision
    const reason = input.reason ?? null
    const extra: Prisma.StoryUpdateManyMutationInput = action === 'approve' ? { publishedAt: new Date(), reviewReason: reason } : { reviewReason: reason }
    const { story } = await transition(tx, staff, id, action, extra, reason)
    await mailStoryReviewed(tx, story.id, input.decision, reason)
  })
}

export async function featureStory(staff: PublicUser, id: string, input: StoryFeatureInput): Promise<void> {
  await prisma.$transaction(tx => transition(tx, staff, id, input.featured ? 'feature' : 'unfeature', { featured: input.featured, featuredAt: input.featured ? new Date() : null }))
}
