import type { Prisma } from '../../generated/prisma/client'
import { holdImages } from '../images'

/** Sets a mentor's photo (an uploaded picture, held while the profile uses it); the one it replaces is deleted. */
export async function replaceMentorPhoto(tx: Prisma.TransactionClient, mentorId: string, photoId: string | null): Promise<void> {
  const before = await tx.mentor.findUniqueOrThrow({ where: { id: mentorId }, select: { photoId: true } })
  if (before.photoId === photoId) return
  if (photoId) await holdImages(tx, [photoId])
  await tx.mentor.update({ where: { id: mentorId }, data: { photoId } })
  if (before.photoId) await tx.image.deleteMany({ where: { id: before.photoId, projectId: null, mentorPhotos: { none: {} } } })
}
