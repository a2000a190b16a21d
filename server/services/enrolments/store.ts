import type { Prisma } from '../../generated/prisma/client'
import { Prisma as P } from '../../generated/prisma/client'
import type { prisma } from '../../utils/prisma'

/**
 * How the enrolment engine reads and locks. Every command on an offering's places runs in one
 * transaction that first locks the offering's row (SELECT … FOR UPDATE): enrolments, cancellations,
 * offers and capacity changes of one session are decided one after another, each seeing all the
 * earlier ones. The CHECK constraint on placesTaken is PostgreSQL's guarantee underneath.
 */
export type Tx = Prisma.TransactionClient

export const ENROLMENT_TX = { isolationLevel: P.TransactionIsolationLevel.ReadCommitted, maxWait: 20_000, timeout: 20_000 }

export const offeringSelect = {
  id: true, kind: true, status: true, programme: true, eventType: true, titleZh: true, titleEn: true, bodyZh: true, bodyEn: true,
  online: true, venue: true, onlineUrl: true, capacity: true, placesTaken: true, waitSeq: true, waiting: true, enrolOpensAt: true, enrolClosesAt: true,
  offerHours: true, startsAt: true, endsAt: true, reportZh: true, reportEn: true, attendance: true, institutionId: true, updatedAt: true,
  course: { select: { id: true, code: true, requiresCategory: true } },
  city: { select: { id: true, code: true, nameZh: true, nameEn: true } },
  institution: { select: { nameZh: true, nameEn: true } },
  lessons: { select: { id: true, position: true, startsAt: true, endsAt: true, topicZh: true, topicEn: true, minutes: true }, orderBy: { position: 'asc' } },
  trainers: { select: { userId: true } },
} satisfies Prisma.OfferingSelect
export type OfferingRow = Prisma.OfferingGetPayload<{ select: typeof offeringSelect }>

export const enrolmentSelect = {
  id: true, offeringId: true, userId: true, status: true, waitSeq: true, offeredAt: true, offerExpiresAt: true, viaOffer: true,
  category: true, programme: true, year: true, planGrade: true, completedAt: true, createdAt: true,
  user: { select: { name: true, email: true, locale: true } },
} satisfies Prisma.EnrolmentSelect
export type EnrolmentRow = Prisma.EnrolmentGetPayload<{ select: typeof enrolmentSelect }>

/** Locks an offering's row and reads it; null when there is none. */
export async function lockOffering(tx: Tx, id: string): Promise<OfferingRow | null> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Offering" WHERE id = ${id}::uuid FOR UPDATE`
  if (!locked.length) return null
  return tx.offering.findUnique({ where: { id }, select: offeringSelect })
}

/** The people waiting, in queue order (first come, first served). */
export async function waitingQueue(tx: Tx, offeringId: string, take?: number): Promise<EnrolmentRow[]> {
  return tx.enrolment.findMany({ where: { offeringId, status: 'WAITLISTED' }, orderBy: { waitSeq: 'asc' }, select: enrolmentSelect, ...(take !== undefined ? { take } : {}) })
}

/** A waiting person's position: 1 + the people still waiting with a lower number. */
export async function positionOf(db: Tx | typeof prisma, offeringId: string, waitSeq: number): Promise<number> {
  return 1 + await db.enrolment.count({ where: { offeringId, status: 'WAITLISTED', waitSeq: { lt: waitSeq } } })
}

export function firstLessonAt(o: Pick<OfferingRow, 'lessons' | 'startsAt'>): Date {
  return o.lessons[0]?.startsAt ?? o.startsAt
}
