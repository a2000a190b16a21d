import type { Bilingual } from '#shared/utils/loan-codes'
import type { LessonView, MyEnrolment, OfferingCard } from '#shared/types/training'
import { EVENT_TYPES, programmeOf } from '#shared/data/training-rules'
import type { OfferingRow } from '../enrolments/store'

/** DTOs of sessions and events: what leaves the server. Never the lessons' code secrets, never other people's enrolments. */
export const bi = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en': en })

export function toCard(o: OfferingRow): OfferingCard {
  const waiting = o.waiting
  const programme = o.programme ? programmeOf(o.programme) : null
  const eventType = o.eventType ? EVENT_TYPES.find(t => t.code === o.eventType) ?? null : null
  return {
    id: o.id,
    kind: o.kind,
    title: bi(o.titleZh, o.titleEn),
    programme: programme ? { code: programme.code, name: programme.name } : null,
    eventType: eventType ? { code: eventType.code, name: eventType.name } : null,
    city: { code: o.city.code, name: bi(o.city.nameZh, o.city.nameEn) },
    institution: o.institution ? bi(o.institution.nameZh, o.institution.nameEn) : null,
    online: o.online,
    startsAt: o.startsAt.toISOString(),
    endsAt: o.endsAt.toISOString(),
    capacity: o.capacity,
    // a place freed while people wait is already offered to them: none is left for a newcomer
    placesLeft: waiting ? 0 : Math.max(0, o.capacity - o.placesTaken),
    waiting,
    enrolOpensAt: o.enrolOpensAt.toISOString(),
    enrolClosesAt: o.enrolClosesAt.toISOString(),
  }
}

export function toLessons(o: OfferingRow): LessonView[] {
  return o.lessons.map(l => ({ id: l.id, position: l.position, startsAt: l.startsAt.toISOString(), endsAt: l.endsAt.toISOString(), topic: bi(l.topicZh, l.topicEn), minutes: l.minutes }))
}

export type { MyEnrolment }
