import type { ImageView } from '#shared/types/image'
import type { PublicUser } from '#shared/types/user'
import { projectImageUrl } from '#shared/utils/projects'
import type { Prisma } from '../../generated/prisma/client'
import { checkImages, imageViewSelect, toImageView, uploadImage } from '../images'

/**
 * A project's pictures, through the one picture pipeline (services/images.ts): uploaded first,
 * then attached in order when the project is saved; pictures taken off the project are deleted.
 */
export const projectImageViewSelect = imageViewSelect

export function toProjectImageView(r: Prisma.ImageGetPayload<{ select: typeof imageViewSelect }>): ImageView {
  return toImageView(r, projectImageUrl)
}

export function uploadProjectImage(user: PublicUser, file: Buffer, alt: string): Promise<ImageView> {
  return uploadImage(user, file, alt, projectImageUrl)
}

/**
 * Makes the project's pictures exactly `images`, in that order, inside the caller's transaction.
 * A picture may be one the project already has, or a fresh upload of `owner` (the one who edits,
 * or the author of an approved revision).
 */
export async function setProjectImages(tx: Prisma.TransactionClient, projectId: string, owner: Pick<PublicUser, 'id'>, images: { id: string, alt: string }[]): Promise<void> {
  const ids = images.map(i => i.id)
  await checkImages(tx, owner.id, ids, r => r.projectId === projectId, 'images')
  await tx.image.deleteMany({ where: { projectId, id: { notIn: ids } } })
  for (const [position, image] of images.entries()) {
    await tx.image.update({ where: { id: image.id }, data: { projectId, position, alt: image.alt, attachedAt: null } })
  }
}
