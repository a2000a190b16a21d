import type { StoryReviewInput } from '#shared/schemas/story'
import type { Prisma } from '../../generated/prisma/client'
import { siteLink } from '../../mail/links'
import { enqueueMail, fromDbLocale } from '../mail'

/** The author hears every decision on their story, with its reason, in their language. */
export async function mailStoryReviewed(tx: Prisma.TransactionClient, id: string, decision: StoryReviewInput['decision'], reason: string | null): Promise<void> {
  const s = await tx.story.findUniqueOrThrow({ where: { id }, select: { title: true, slug: true, author: { select: { name: true, email: true, locale: true } } } })
  const locale = fromDbLocale(s.author.locale)
  const path = decision === 'changes' ? `/stories/${s.slug}/edit` : `/stories/${s.slug}`
  await enqueueMail(tx, { to: s.author.email, locale, template: 'storyReviewed', params: { name: s.author.name, title: s.title, decision, reason: reason ?? '', url: siteLink(locale, path) } })
}
