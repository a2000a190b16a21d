import type { PublicUser } from '#shared/types/user'
import type { MentorDetail, MentorProfile } from '#shared/types/mentor'
import type { MentorProfileInput } from '#shared/schemas/mentor'
import type { MentorStatusCode } from '#shared/utils/mentors'
import { PROVINCE_WIDE } from '#shared/utils/content-taxonomy'
import { maskName } from '#shared/utils/mask'
import { toZonedIso } from '#shared/utils/zoned-time'
import { imageUrl } from '#shared/utils/images'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { siteLink } from '../../mail/links'
import { enqueueMail, fromDbLocale } from '../mail'
import { enqueueSearchSync } from '../../search/outbox'
import { audit } from '../audit'
import { checkCategoryCodes, cityIdOf } from '../reference'
import { checkImages } from '../images'
import { pendingRevision, proposeRevision } from '../revisions/commands'
import { forgetAvailability, nextSlots } from './availability'
import { mentorProfileLifecycle } from './rules'
import type { MentorRevisionData } from './revision'
import { mentorRevisionAdapter } from './revision'
import { replaceMentorPhoto } from './photo'

/**
 * Mentor profiles: a user applies (the profile form), staff vet the application, approved
 * mentors appear in the directory and in search and receive the MENTOR role.
 */
const profileSelect = {
  id: true, displayName: true, photoId: true, type: true, title: true, organisation: true, bio: true, stages: true, industries: true,
  modes: true, place: true, meetingUrl: true, languages: true, weeklyCap: true, paused: true, acceptsAdvisees: true, sessionMinutes: true, status: true, reviewReason: true,
  rating: true, ratingCount: true, sessionCount: true, city: { select: { code: true } },
} satisfies Prisma.MentorSelect
type ProfileRow = Prisma.MentorGetPayload<{ select: typeof profileSelect }>

const roundedRating = (rating: number | null, count: number) => (count ? Math.round((rating ?? 0) * 10) / 10 : null)

function toProfile(m: ProfileRow): MentorProfile {
  return {
    id: m.id, displayName: m.displayName, photoUrl: m.photoId ? imageUrl(m.photoId) : null, photoId: m.photoId, type: m.type, title: m.title, organisation: m.organisation, bio: m.bio,
    stages: m.stages, industries: m.industries, city: m.city?.code ?? PROVINCE_WIDE, modes: m.modes,
    place: m.place, meetingUrl: m.meetingUrl, languages: m.languages as MentorProfile['languages'], weeklyCap: m.weeklyCap, paused: m.paused, acceptsAdvisees: m.acceptsAdvisees,
    sessionMinutes: m.sessionMinutes, status: m.status, reviewReason: m.reviewReason,
    rating: roundedRating(m.rating, m.ratingCount), ratingCount: m.ratingCount, sessionCount: m.sessionCount,
  }
}

/** A public profile: approved mentors only (others are 404, also to staff, who use the vetting queue). */
export async function getMentor(id: string): Promise<MentorDetail> {
  const m = await prisma.mentor.findFirst({ where: { id, status: 'APPROVED' }, select: profileSelect })
  if (!m) throw new AppError('not_found')
  const [reviews, next] = await Promise.all([
    prisma.mentorReview.findMany({ where: { mentorId: id }, orderBy: { createdAt: 'desc' }, take: 20, select: { score: true, comment: true, createdAt: true, author: { select: { name: true } } } }),
    nextSlots([id]),
  ])
  const { status: _s, reviewReason: _r, meetingUrl: _u, weeklyCap: _c, photoId: _p, ...pub } = toProfile(m)
  return {
    ...pub,
    nextSlot: next.get(id) ? toZonedIso(next.get(id)!) : null,
    // reviewers are shown by surname only (张**), as reviews are public
    reviews: reviews.map(r => ({ score: r.score, comment: r.comment, authorName: maskName(r.author.name), createdAt: r.createdAt.toISOString() })),
  }
}

/** The mentor's own profile; while an edit waits for staff, with the values the mentor asked for and `pendingRevision`. */
export async function getOwnProfile(user: PublicUser): Promise<MentorProfile | null> {
  const m = await prisma.mentor.findUnique({ where: { userId: user.id }, select: profileSelect })
  if (!m) return null
  const pending = await pendingRevision<MentorRevisionData>(prisma, 'mentor', m.id)
  const profile = toProfile(m)
  if (!pending) return profile
  const { data, ...info } = pending
  return { ...profile, ...data, photoUrl: data.photoId ? imageUrl(data.photoId) : null, pendingRevision: info }
}

/**
 * Applies to be a mentor, or edits the profile. A rejected application goes back to the queue.
 * An approved mentor's profile was vetted: a change to its words or photo (revision.ts) waits
 * for staff as a revision (修改待审核) while the vetted version stays public; the rest changes
 * at once.
 */
export async function saveOwnProfile(user: PublicUser, input: MentorProfileInput, create: boolean): Promise<MentorProfile> {
  await checkCategoryCodes(input.industries, 'industries')
  const cityId = await cityIdOf(input.cityCode)
  await prisma.$transaction(async (tx) => {
    const reviewed = { displayName: input.displayName, title: input.title, organisation: input.organisation, bio: input.bio }
    const data = {
      type: input.type, stages: input.stages, industries: [...new Set(input.industries)], cityId, modes: input.modes,
      place: input.modes.includes('IN_PERSON') ? input.place : null, meetingUrl: input.modes.includes('ONLINE') ? input.meetingUrl : null, languages: input.languages,
    }
    const existing = await tx.mentor.findUnique({ where: { userId: user.id }, select: { id: true, status: true, photoId: true } })
    if (create && existing) throw new AppError('mentor_profile_exists')
    if (!create && !existing) throw new AppError('not_found')
    // a photo is one of the user's own uploads, or the one the profile has
    if (input.photoId) await checkImages(tx, user.id, [input.photoId], r => r.id === existing?.photoId, 'photoId')
    let id: string
    if (existing?.status === 'APPROVED') {
      id = existing.id
      await tx.mentor.update({ where: { id }, data })
      await proposeRevision(tx, mentorRevisionAdapter, id, user.id, { ...reviewed, photoId: input.photoId })
    }
    else if (existing) {
      id = existing.id
      const rule = mentorProfileLifecycle.find('edit', existing.status, 'owner', undefined)!
      const resubmitted = rule.to && rule.to !== existing.status
      await tx.mentor.update({ where: { id }, data: { ...data, ...reviewed, ...(resubmitted ? { status: rule.to, reviewReason: null } : {}) } })
      await replaceMentorPhoto(tx, id, input.photoId)
    }
    else {
      id = (await tx.mentor.create({
        data: {
          ...data, ...reviewed, userId: user.id,
          // sensible first hours, editable at once: weekday afternoons
          rules: { create: [1, 2, 3, 4, 5].map(weekday => ({ weekday, startMinute: 14 * 60, endMinute: 17 * 60 })) },
        },
        select: { id: true },
      })).id
      await replaceMentorPhoto(tx, id, input.photoId)
    }
    await enqueueSearchSync(tx, 'mentor', [id])
  })
  forgetAvailability()
  return (await getOwnProfile(user))!
}

export async function listMentorApplications(status: MentorStatusCode): Promise<(MentorProfile & { email: string, userName: string, createdAt: string })[]> {
  const rows = await prisma.mentor.findMany({
    where: { status }, orderBy: { createdAt: 'asc' }, take: 200,
    select: { ...profileSelect, createdAt: true, user: { select: { email: true, name: true } } },
  })
  return rows.map(r => ({ ...toProfile(r), email: r.user.email, userName: r.user.name, createdAt: r.createdAt.toISOString() }))
}

/** Staff vet an application: approve (public, MENTOR role) or reject with a reason; the applicant is mailed. */
export async function reviewMentor(staff: PublicUser, id: string, input: { decision: 'approve' | 'reject', reason: string }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const m = await tx.mentor.findUnique({ where: { id }, select: { status: true, userId: true, user: { select: { name: true, email: true, locale: true } } } })
    if (!m) throw new AppError('not_found')
    const rule = mentorProfileLifecycle.find(input.decision, m.status, 'staff', undefined)
    if (!rule?.to) throw new AppError('invalid_transition')
    const approved = rule.to === 'APPROVED'
    await tx.mentor.update({ where: { id }, data: { status: rule.to, reviewReason: input.reason || null, reviewedAt: new Date(), reviewedById: staff.id } })
    if (approved) {
      await tx.userRole.createMany({ data: [{ userId: m.userId, role: 'MENTOR', grantedById: staff.id }], skipDuplicates: true })
      await audit({ action: 'role.granted', actorId: staff.id, subjectId: m.userId, meta: { role: 'MENTOR', via: 'mentor_vetting' } }, tx)
    }
    else if (m.status === 'APPROVED') {
      // approval withdrawn: the profile leaves the directory and the mentor role goes with it;
      // bookings already held stay with their parties, who can still cancel them
      await tx.userRole.deleteMany({ where: { userId: m.userId, role: 'MENTOR' } })
      await audit({ action: 'role.revoked', actorId: staff.id, subjectId: m.userId, meta: { role: 'MENTOR', via: 'mentor_vetting' } }, tx)
    }
    await enqueueSearchSync(tx, 'mentor', [id])
    const locale = fromDbLocale(m.user.locale)
    await enqueueMail(tx, {
      to: m.user.email, locale, template: 'mentorReviewed',
      params: { name: m.user.name, approved, reason: input.reason, url: siteLink(locale, approved ? '/mentor/availability' : '/mentor/apply') },
    })
  })
  forgetAvailability()
}
