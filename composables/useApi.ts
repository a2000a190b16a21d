import type { ApiErrorBody, ClientErrorBody } from '#shared/types/api'

/**
 * $fetch for our API: sends the page's language (so errors come back translated) and, during
 * server rendering, the visitor's cookie.
 */
export function useApi() {
  const { $i18n } = useNuxtApp()
  const forwarded = import.meta.server ? useRequestHeaders(['cookie']) : {}
  return $fetch.create({
    onRequest({ options }) {
      const headers = new Headers(options.headers as HeadersInit | undefined)
      headers.set('x-starthub-locale', $i18n.locale.value)
      if (forwarded.cookie) headers.set('cookie', forwarded.cookie)
      options.headers = headers
    },
  })
}

/** The API's error body from a failed $fetch, or a generic one when the server could not be reached. */
export function apiError(error: unknown): ClientErrorBody {
  const data = (error as { data?: unknown })?.data as Partial<ApiErrorBody> | undefined
  if (data && typeof data.code === 'string' && typeof data.message === 'string') return data as ApiErrorBody
  return { code: 'network', message: '' }
}

/**
 * A failed read said in one line: the API's message and, for a refused query (a filter in the
 * address that is not one of the choices), what each field was refused for — the rule, named.
 */
export function apiErrorText(error: unknown): string {
  const e = apiError(error)
  return [e.message, ...Object.values(e.fields ?? {})].filter(Boolean).join(' ')
}
