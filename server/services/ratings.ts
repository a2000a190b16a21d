import type { PublicUser } from '#shared/types/user'
import type { RatingInput } from '#shared/schemas/training'
import { RATING_RULES } from '#shared/data/ratings'
import { isBadRating } from '#shared/utils/enrolments'
import { addWorkingDays } from '#shared/utils/working-days'
import { zonedDate } from '#shared/utils/zoned-time'
import { isUniqueViolation, prisma } from '../utils/prisma'
import { AppError } from '../utils/errors'
import { workingCalendar } from './loans/store'

/**
 * Satisfaction ratings (好差评), one per person per service (一事一评), stored generically by
 * service type and id. Only someone who used the service may rate it: a completed training, an
 * event they checked in to. A bad rating (不满意, 非常不满意) becomes a staff task with a call-back
 * deadline in working days (data: shared/data/ratings.ts).
 */
async function usedService(user: PublicUser, input: RatingInput): Promise<{ cityId: number | null } | null> {
  if (input.serviceType === 'TRAINING' || input.serviceType === 'EVENT') {
    const e = await prisma.enrolment.findFirst({
      where: {
        offeringId: input.serviceId, userId: user.id, offering: { kind: input.serviceType },
        ...(input.serviceType === 'TRAINING' ? { status: 'COMPLETED' } : { attendances: { some: {} } }),
      },
      select: { offering: { select: { cityId: true } } },
    })
    return e ? { cityId: e.offering.cityId } : null
  }
  return null
}

export async function rateService(user: PublicUser, input: RatingInput, now = new Date()): Promise<{ id: string, grade: number, callbackDueOn: string | null }> {
  const used = await usedService(user, input)
  if (!used) throw new AppError('not_found')
  try {
    return await prisma.$transaction(async (tx) => {
      const r = await tx.rating.create({ data: { serviceType: input.serviceType, serviceId: input.serviceId, userId: user.id, grade: input.grade, comment: input.comment }, select: { id: true, grade: true } })
      if (!isBadRating(r.grade)) return { ...r, callbackDueOn: null }
      const dueOn = addWorkingDays(zonedDate(now), RATING_RULES.callbackWorkingDays, await workingCalendar())
      await tx.staffTask.create({ data: { kind: 'bad_rating', cityId: used.cityId, dueOn, payload: { ratingId: r.id, serviceType: input.serviceType, serviceId: input.serviceId, grade: r.grade } } })
      return { ...r, callbackDueOn: dueOn }
    })
  }
  catch (error) {
    if (isUniqueViolation(error)) throw new AppError('already_rated')
    throw error
  }
}
