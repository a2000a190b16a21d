import type { SubscribeInput, SubscriptionPreferencesInput } from '#shared/schemas/release'
import type { SubscribeResult, SubscriptionConfirmed, SubscriptionView } from '#shared/types/release'
import type { ReleaseTopic } from '#shared/utils/release'

/** The choices of a subscription form (ReleaseChoices). */
export interface ReleaseChoiceState {
  topics: ReleaseTopic[]
  tags: string[]
  cities: string[]
  locale: 'zh-CN' | 'en'
}

/**
 * Information release: a subscription by a digest's token (or the signed-in account's), and
 * the commands on it. The one-click unsubscribe is the same POST a mail client makes (RFC 8058).
 */
export function useSubscriptionPreferences(token: string | undefined) {
  const api = useApi()
  return useAsyncData(`subscription-${token ?? 'mine'}`, () => api<SubscriptionView | null>('/api/subscriptions/preferences', { query: token ? { token } : {} }).catch(() => null), { default: () => null })
}

export function useSubscriptionCommands() {
  const api = useApi()
  return {
    subscribe: (input: SubscribeInput) => api<SubscribeResult>('/api/subscriptions', { method: 'POST', body: input }),
    confirm: (token: string) => api<SubscriptionConfirmed>('/api/subscriptions/confirm', { method: 'POST', body: { token } }),
    save: (input: SubscriptionPreferencesInput) => api<SubscriptionView>('/api/subscriptions/preferences', { method: 'PUT', body: input }),
    end: (token: string | undefined) => api<{ status: 'ENDED' }>('/api/subscriptions/preferences', { method: 'DELETE', query: token ? { token } : {} }),
    /** the one-click POST of RFC 8058, as the unsubscribe page's button sends it */
    unsubscribe: (token: string) => $fetch<{ status: 'ENDED' }>('/unsubscribe', { method: 'POST', query: { token }, body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
  }
}

/** The feed of a list page, for its head and its "follow" link: /feeds/<topic>.xml with the list's city and tag. */
export function feedHref(topic: string, filters: { city?: string, tag?: string, locale: string }): string {
  const params = new URLSearchParams()
  if (filters.city) params.set('city', filters.city)
  if (filters.tag) params.set('tag', filters.tag)
  if (filters.locale === 'en') params.set('lang', 'en')
  return `/feeds/${topic}.xml${params.size ? `?${params}` : ''}`
}
