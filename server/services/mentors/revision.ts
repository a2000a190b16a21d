import type { MentorProfileInput } from '#shared/schemas/mentor'
import { imageUrl } from '#shared/utils/images'
import { AppError } from '../../utils/errors'
import { enqueueSearchSync } from '../../search/outbox'
import { fromDbLocale } from '../mail'
import type { RevisionAdapter } from '../revisions/adapter'
import { audit } from '../audit'
import { replaceMentorPhoto } from './photo'

/**
 * What staff review before an approved mentor's edit goes public: the profile's words (name,
 * title, organisation, introduction) and the photo. Stages, industries, city, modes, place,
 * meeting link and languages change at once.
 */
export const MENTOR_REVIEWED_FIELDS = ['displayName', 'title', 'organisation', 'bio', 'photoId'] as const satisfies readonly (keyof MentorProfileInput)[]
export type MentorRevisionData = Pick<MentorProfileInput, (typeof MENTOR_REVIEWED_FIELDS)[number]>

export const mentorRevisionAdapter: RevisionAdapter<MentorRevisionData> = {
  entity: 'mentor',
  fields: MENTOR_REVIEWED_FIELDS,
  current: async (tx, id) => {
    const m = await tx.mentor.findUnique({ where: { id }, select: { displayName: true, title: true, organisation: true, bio: true, photoId: true } })
    if (!m) throw new AppError('not_found')
    return m
  },
  apply: async (tx, id, data, _authorId, reviewerId) => {
    const { photoId, ...texts } = data
    const m = await tx.mentor.update({ where: { id }, data: texts, select: { userId: true } })
    await replaceMentorPhoto(tx, id, photoId)
    await enqueueSearchSync(tx, 'mentor', [id])
    await audit({ action: 'mentor.revision_approved', actorId: reviewerId, subjectId: m.userId }, tx)
  },
  describe: async (tx, id) => {
    const m = await tx.mentor.findUniqueOrThrow({ where: { id }, select: { displayName: true, user: { select: { name: true, email: true, locale: true } } } })
    return { title: m.displayName, path: `/mentors/${id}`, owner: { name: m.user.name, email: m.user.email, locale: fromDbLocale(m.user.locale) } }
  },
  images: data => (data.photoId ? [data.photoId] : []),
  show: (field, value) => (field === 'photoId' ? (value ? imageUrl(String(value)) : null) : value),
}
