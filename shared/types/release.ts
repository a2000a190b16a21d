import type { Bilingual } from '../i18n/messages'
import type { ReleaseTopic } from '../utils/release'

/** One published item of a release source, in one language (digests and feeds). */
export interface ReleaseItem {
  /** stable across runs and languages: `<topic>:<key>` */
  id: string
  topic: ReleaseTopic
  title: string
  summary: string
  /** the item's page, a path in the item's language (/en/… for English) */
  path: string
  /** when it was published (content: its date at 00:00 Beijing time) */
  publishedAt: string
  /** when it last changed (feeds' <updated>) */
  updatedAt: string
  /** a city code, or `province` */
  city: string
  tags: string[]
}

/** What a subscriber sees of their subscription (never the address of somebody else). */
export interface SubscriptionView {
  status: 'PENDING' | 'ACTIVE' | 'ENDED'
  /** tied to an account (its address and language) */
  account: boolean
  /** the address, masked (z***@example.com) */
  email: string
  topics: ReleaseTopic[]
  tags: string[]
  cities: string[]
  locale: keyof Bilingual
}

/** POST /api/subscriptions: an address alone is PENDING until its confirmation mail is followed. */
export interface SubscribeResult {
  status: 'PENDING' | 'ACTIVE'
}

/** POST /api/subscriptions/confirm: the token of the preferences page that follows. */
export interface SubscriptionConfirmed {
  status: 'ACTIVE'
  token: string
}
