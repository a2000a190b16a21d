import type { ImageView } from '#shared/types/image'
import type { PublicUser } from '#shared/types/user'
import { projectImageUrl } from '#shared/utils/projects'
import type { Prisma } from '../../generated/prisma/client'
import { imageViewSelect, setHeldImages, toImageView, uploadImage } from '../images'

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

/** Makes the project's pictures exactly `images`, in that order (services/images.ts setHeldImages). */
export function setProjectImages(tx: Prisma.TransactionClient, projectId: string, owner: Pick<PublicUser, 'id'>, images: { id: string, alt: string }[]): Promise<void> {
  return setHeldImages(tx, { projectId }, owner, images)
}
