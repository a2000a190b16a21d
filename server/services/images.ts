import sharp from 'sharp'
import type { ImageView } from '#shared/types/image'
import type { PublicUser } from '#shared/types/user'
import { IMAGE_LIMITS, imageUrl } from '#shared/utils/images'
import type { Prisma } from '../generated/prisma/client'
import { prisma } from '../utils/prisma'
import { AppError } from '../utils/errors'
import { hit, LIMITS, rateLimited } from '../utils/rate-limit'

/**
 * The one picture pipeline (projects, mentor photos, and the sections to come). An upload is
 * decoded (JPEG, PNG or WebP, read by its content, never by its name or declared type), turned
 * upright by its EXIF orientation, scaled to at most IMAGE_LIMITS.maxSide and re-encoded as
 * WebP. Re-encoding drops every piece of metadata (camera, GPS position) and anything hidden in
 * the file. Pictures are stored in PostgreSQL and served from /media/images/<id>.webp; whatever
 * uses one attaches it (a project, a revision waiting for review, a mentor profile), and one
 * nothing uses is deleted a day after its upload.
 */
const MAX_INPUT_PIXELS = 50_000_000
const FORMATS = new Set(['jpeg', 'png', 'webp'])

export interface ProcessedImage { data: Buffer, width: number, height: number }

export async function processImage(input: Buffer): Promise<ProcessedImage> {
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
      .resize({ width: IMAGE_LIMITS.maxSide, height: IMAGE_LIMITS.maxSide, fit: 'inside', withoutEnlargement: true })
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
export const imageViewSelect = { id: true, alt: true, width: true, height: true } satisfies Prisma.ImageSelect

export function toImageView(r: Prisma.ImageGetPayload<{ select: typeof imageViewSelect }>, url: (id: string) => string = imageUrl): ImageView {
  return { id: r.id, url: url(r.id), alt: r.alt, width: r.width, height: r.height }
}

export async function uploadImage(user: PublicUser, file: Buffer, alt: string, url?: (id: string) => string): Promise<ImageView> {
  const counted = await hit(`image-upload:${user.id}`, LIMITS.imageUpload)
  if (counted.exceeded) throw rateLimited(counted.retryAfterSeconds)
  const { data, width, height } = await processImage(file)
  const row = await prisma.image.create({
    data: { ownerId: user.id, alt, width, height, size: data.length, data: new Uint8Array(data) },
    select: imageViewSelect,
  })
  return toImageView(row, url)
}

/** What holds a picture on its page: a project or a story (one at most, a CHECK in the database). */
export type ImageHolder = { projectId: string } | { storyId: string }
interface HeldBy { id: string, projectId: string | null, storyId: string | null }

/**
 * Makes sure every id is a picture this user may use: their own upload that no project or story
 * holds, or one the record already has (`keep`). Unknown or foreign ids are a validation error on `field`.
 */
export async function checkImages(tx: Prisma.TransactionClient, ownerId: string, ids: string[], keep: (image: HeldBy) => boolean, field: string): Promise<void> {
  if (new Set(ids).size !== ids.length) throw new AppError('validation', { [field]: 'validation.invalid' })
  const rows = ids.length ? await tx.image.findMany({ where: { id: { in: ids } }, select: { id: true, ownerId: true, projectId: true, storyId: true } }) : []
  const usable = new Set(rows.filter(r => keep(r) || (r.projectId === null && r.storyId === null && r.ownerId === ownerId)).map(r => r.id))
  if (ids.some(id => !usable.has(id))) throw new AppError('validation', { [field]: 'validation.invalid' })
}

/**
 * Makes the pictures a project or story shows exactly `images`, in that order, inside the
 * caller's transaction. A picture may be one the record already has, or a fresh upload of
 * `owner` (the one who edits, or the author of an approved revision); pictures taken off are deleted.
 */
export async function setHeldImages(tx: Prisma.TransactionClient, holder: ImageHolder, owner: { id: string }, images: { id: string, alt: string }[], field = 'images'): Promise<void> {
  const ids = images.map(i => i.id)
  const holds = (r: HeldBy) => ('projectId' in holder ? r.projectId === holder.projectId : r.storyId === holder.storyId)
  await checkImages(tx, owner.id, ids, holds, field)
  await tx.image.deleteMany({ where: { ...holder, id: { notIn: ids } } })
  for (const [position, image] of images.entries()) {
    await tx.image.update({ where: { id: image.id }, data: { ...holder, position, alt: image.alt, attachedAt: null } })
  }
}

/** Marks pictures as held by something other than a project (a revision, a profile), so the cleanup keeps them. */
export async function holdImages(tx: Prisma.TransactionClient, ids: string[]): Promise<void> {
  if (ids.length) await tx.image.updateMany({ where: { id: { in: ids }, attachedAt: null }, data: { attachedAt: new Date() } })
}

/** The picture's bytes for the media routes (null: no such picture). */
export async function imageData(id: string): Promise<{ data: Uint8Array, size: number } | null> {
  return prisma.image.findUnique({ where: { id }, select: { data: true, size: true } })
}

/** Deletes uploads nothing ever used (job images_cleanup). */
export async function deleteUnattachedImages(olderThanMs = 24 * 60 * 60 * 1000): Promise<number> {
  const { count } = await prisma.image.deleteMany({ where: { projectId: null, storyId: null, attachedAt: null, createdAt: { lt: new Date(Date.now() - olderThanMs) } } })
  return count
}
