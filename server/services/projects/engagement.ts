import type { EnquiryMessageInput } from '#shared/schemas/engagement'
import type { EnquiryThread, ProjectComparisonRow, ProjectListItem } from '#shared/types/project'
import type { PublicUser } from '#shared/types/user'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { siteLink } from '../../mail/links'
import { enqueueMail, fromDbLocale } from '../mail'
import { caseActivity, checkOwnOpenCase } from '../cases/commands'
import { projectItemSelect, rowToListItem } from './view'

/**
 * What entrepreneurs do with published projects: save them, compare up to three, and ask the
 * provider (an enquiry thread both sides see; every message is mailed through the queue).
 */
const itemSelect = {
  ...projectItemSelect,
  monthlyCost: true,
  paybackMonths: true,
  expectedJobs: true,
} satisfies Prisma.ProjectSelect

async function publishedProject(id: string) {
  const p = await prisma.project.findUnique({ where: { id }, select: { id: true, status: true } })
  if (!p || p.status !== 'PUBLISHED') throw new AppError('not_found')
  return p
}

export async function saveProject(user: PublicUser, id: string): Promise<void> {
  await publishedProject(id)
  await prisma.savedProject.upsert({ where: { userId_projectId: { userId: user.id, projectId: id } }, create: { userId: user.id, projectId: id }, update: {} })
}

export async function unsaveProject(user: PublicUser, id: string): Promise<void> {
  await prisma.savedProject.deleteMany({ where: { userId: user.id, projectId: id } })
}

export async function listSaved(user: PublicUser): Promise<ProjectListItem[]> {
  const rows = await prisma.savedProject.findMany({
    where: { userId: user.id, project: { status: 'PUBLISHED' } },
    select: { project: { select: itemSelect } },
    orderBy: { createdAt: 'desc' },
  })
  return rows.map(r => rowToListItem(r.project))
}

/** Side by side: investment, cost, payback, risk, jobs and the expert scores of up to three published projects. */
export async function compareProjects(ids: string[]): Promise<ProjectComparisonRow[]> {
  const rows = await prisma.project.findMany({
    where: { id: { in: ids }, status: 'PUBLISHED' },
    select: { ...itemSelect, evaluations: { select: { market: true, returns: true, riskControl: true, replicability: true, jobs: true } } },
  })
  return ids.flatMap((id) => {
    const r = rows.find(x => x.id === id)
    if (!r) return []
    const n = r.evaluations.length
    const avg = (k: 'market' | 'returns' | 'riskControl' | 'replicability' | 'jobs') => Math.round((r.evaluations.reduce((s, e) => s + e[k], 0) / n) * 10) / 10
    return [{
      ...rowToListItem(r),
      monthlyCost: r.monthlyCost,
      paybackMonths: r.paybackMonths,
      expectedJobs: r.expectedJobs,
      scores: n ? { market: avg('market'), returns: avg('returns'), riskControl: avg('riskControl'), replicability: avg('replicability'), jobs: avg('jobs') } : null,
    }]
  })
}

/** POST /api/projects/:id/enquiries — one thread per entrepreneur and project; the provider is mailed. */
export async function sendEnquiry(user: PublicUser, projectId: string, input: EnquiryMessageInput): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const p = await tx.project.findUnique({ where: { id: projectId }, select: { status: true, title: true, providerId: true, provider: { select: { name: true, email: true, locale: true } } } })
    if (!p || p.status !== 'PUBLISHED') throw new AppError('not_found')
    if (p.providerId === user.id) throw new AppError('forbidden')
    const caseId = await checkOwnOpenCase(tx, user.id, input.caseId)
    const existing = await tx.enquiry.findUnique({ where: { projectId_authorId: { projectId, authorId: user.id } }, select: { id: true } })
    const enquiry = await tx.enquiry.upsert({
      where: { projectId_authorId: { projectId, authorId: user.id } },
      create: { projectId, authorId: user.id, caseId },
      update: { updatedAt: new Date() },
      select: { id: true },
    })
    if (caseId && !existing) await caseActivity(tx, caseId, { action: 'enquiry_sent', actorId: user.id, payload: { enquiryId: enquiry.id, project: p.title } })
    await tx.enquiryMessage.create({ data: { enquiryId: enquiry.id, senderId: user.id, body: input.body } })
    const locale = fromDbLocale(p.provider.locale)
    await enqueueMail(tx, { to: p.provider.email, locale, template: 'enquiryReceived', params: { name: p.provider.name, from: user.name, title: p.title, body: input.body, url: siteLink(locale, '/enquiries') } })
    return enquiry
  })
}

/** A message in an existing thread, from either side; the other side is mailed. */
export async function replyEnquiry(user: PublicUser, enquiryId: string, input: EnquiryMessageInput): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const e = await tx.enquiry.findUnique({
      where: { id: enquiryId },
      select: {
        authorId: true,
        author: { select: { name: true, email: true, locale: true } },
        project: { select: { title: true, providerId: true, provider: { select: { name: true, email: true, locale: true } } } },
      },
    })
    const isAuthor = e?.authorId === user.id
    const isProvider = e?.project.providerId === user.id
    if (!e || (!isAuthor && !isProvider)) throw new AppError('not_found')
    await tx.enquiryMessage.create({ data: { enquiryId, senderId: user.id, body: input.body } })
    await tx.enquiry.update({ where: { id: enquiryId }, data: { updatedAt: new Date() } })
    if (isProvider) {
      const locale = fromDbLocale(e.author.locale)
      await enqueueMail(tx, { to: e.author.email, locale, template: 'enquiryReplied', params: { name: e.author.name, title: e.project.title, body: input.body, url: siteLink(locale, '/enquiries') } })
    }
    else {
      const locale = fromDbLocale(e.project.provider.locale)
      await enqueueMail(tx, { to: e.project.provider.email, locale, template: 'enquiryReceived', params: { name: e.project.provider.name, from: user.name, title: e.project.title, body: input.body, url: siteLink(locale, '/enquiries') } })
    }
  })
}

/** The viewer's threads: those they started and those about their projects. */
export async function listEnquiries(user: PublicUser): Promise<EnquiryThread[]> {
  const rows = await prisma.enquiry.findMany({
    where: { OR: [{ authorId: user.id }, { project: { providerId: user.id } }] },
    select: {
      id: true, updatedAt: true, authorId: true,
      author: { select: { name: true } },
      project: { select: { id: true, slug: true, title: true, providerId: true } },
      messages: { select: { id: true, body: true, createdAt: true, senderId: true, sender: { select: { name: true } } }, orderBy: { id: 'asc' } },
    },
    orderBy: { updatedAt: 'desc' },
    take: 100,
  })
  return rows.map(r => ({
    id: r.id,
    project: { id: r.project.id, slug: r.project.slug, title: r.project.title },
    authorName: r.author.name,
    asProvider: r.project.providerId === user.id,
    messages: r.messages.map(m => ({ id: String(m.id), senderName: m.sender.name, fromProvider: m.senderId === r.project.providerId, body: m.body, createdAt: m.createdAt.toISOString() })),
    updatedAt: r.updatedAt.toISOString(),
  }))
}
