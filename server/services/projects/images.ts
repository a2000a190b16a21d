import sharp from 'sharp'
import type { ProjectImageView } from '#shared/types/project'
import type { PublicUser } from '#shared/types/user'
import { PROJECT_IMAGE_LIMITS, projectImageUrl } from '#shared/utils/projects'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../../utils/prisma'
import { AppError } from '../../utils/errors'
import { hit, LIMITS, rateLimited } from '../../utils/rate-limit'

/**
 * Project pictures. An upload is decoded (JPEG, PNG or WebP, read by its content, never by its
 * name or declared type), turned upright by its EXIF orientation, scaled to at most
 * PROJECT_IMAGE_LIMITS.maxSide and re-encoded as WebP. Re-encoding drops every piece of
 * metadata (camera, GPS position) and anything hidden in the file. Pictures are stored in
 * PostgreSQL and served from /media/projects/<id>.webp; an upload is attached to a project when
 * the provider saves the project, and one left unattached for a day is deleted.
 */
const MAX_INPUT_PIXELS = 50_000_000
const FORMATS = new Set(['jpeg', 'png', 'webp'])

export interface ProcessedImage { data: Buffer, width: number, height: number }

export async function processProjectImage(input: Buffer): Promise<ProcessedImage> {
  const open = () => sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', animated: false })
  let format: string | undefined
  try {
    format = (await open().metadata()).format
  }
  catch {
    throw new AppError('unsupported_image')
  }
  if (!format || !FORMATS.has(format)) throw new AppError('unsupported_image')
  try {
    const { data, info } = await open()
      .autoOrient()
      .resize({ width: PROJECT_IMAGE_LIMITS.maxSide, height: PROJECT_IMAGE_LIMITS.maxSide, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true })
    return { data, width: info.width, height: info.height }
  }
  catch {
    // truncated or corrupt data that the header did not give away
    throw new AppError('unsupported_image')
  }
}

/** The columns of a picture as pages show it, and the mapping from such a row. */
export const projectImageViewSelect = { id: true, alt: true, width: true, height: true } satisfies Prisma.ProjectImageSelect

export function toImageView(r: Prisma.ProjectImageGetPayload<{ select: typeof projectImageViewSelect }>): ProjectImageView {
  return { id: r.id, url: projectImageUrl(r.id), alt: r.alt, width: r.width, height: r.height }
}

export async function uploadProjectImage(user: PublicUser, file: Buffer, alt: string): Promise<ProjectImageView> {
  const counted = await hit(`image-upload:${user.id}`, LIMITS.imageUpload)
  if (counted.exceeded) throw rateLimited(counted.retryAfterSeconds)
  const { data, width, height } = await processProjectImage(file)
  const row = await prisma.projectImage.create({
    data: { ownerId: user.id, alt, width, height, size: data.length, data: new Uint8Array(data) },
    select: projectImageViewSelect,
  })
  return toImageView(row)
}

/**
 * Makes the project's pictures exactly `images`, in that order, inside the caller's transaction.
 * A picture may be one the project already has, or a fresh upload of the acting user; pictures
 * taken off the project are deleted.
 */
export async function setProjectImages(tx: Prisma.TransactionClient, projectId: string, actor: PublicUser, images: { id: string, alt: string }[]): Promise<void> {
  const ids = images.map(i => i.id)
  if (new Set(ids).size !== ids.length) throw new AppError('validation', { images: 'validation.invalid' })
  const rows = ids.length ? await tx.projectImage.findMany({ where: { id: { in: ids } }, select: { id: true, ownerId: true, projectId: true } }) : []
  const usable = new Set(rows.filter(r => r.projectId === projectId || (r.projectId === null && r.ownerId === actor.id)).map(r => r.id))
  if (ids.some(id => !usable.has(id))) throw new AppError('validation', { images: 'validation.invalid' })
  await tx.projectImage.deleteMany({ where: { projectId, id: { notIn: ids } } })
  for (const [position, image] of images.entries()) {
    await tx.projectImage.update({ where: { id: image.id }, data: { projectId, position, alt: image.alt } })
  }
}

/** The picture's bytes for the media route (null: no such picture). */
export async function projectImageData(id: string): Promise<{ data: Uint8Array, size: number } | null> {
  return prisma.projectImage.findUnique({ where: { id }, select: { data: true, size: true } })
}

/** Deletes uploads that were never attached to a project (job project_images_cleanup). */
export async function deleteUnattachedImages(olderThanMs = 24 * 60 * 60 * 1000): Promise<number> {
  const { count } = await prisma.projectImage.deleteMany({ where: { projectId: null, createdAt: { lt: new Date(Date.now() - olderThanMs) } } })
  return count
}
