import type { Ref } from 'vue'
import type { NuxtApp } from '#app'
import { addRouteMiddleware, navigateTo, useRouter, useRuntimeConfig, useState } from '#app'
import { defaultLocale, locales, messageFiles } from '#build/i18n/options.mjs'
import { localeHref, localeOfHref, switchLocaleHref } from '#shared/utils/locale-href'
import { compileMessage, formatMessage, lookupMessage } from '#shared/i18n/format'
import type { CompiledMessage, MessageParams } from '#shared/i18n/format'
import type { AppLocale } from '#shared/i18n/messages'

/**
 * The pages' languages at run time (modules/i18n builds the routes and the message files).
 * One `AppI18n` per app (per request on the server): its `locale` follows the address, `t`
 * formats a message of that language (shared/i18n/format.ts). A language's messages are
 * loaded once per process (the server has them all in its bundle; the browser fetches the
 * page's language before it hydrates, and another when a link leads into it), and each message
 * is parsed once per process and language, then formatted by a join on every call.
 */
export interface LocaleInfo {
  code: AppLocale
  /** the BCP 47 tag: `<html lang>`, hreflang */
  language: string
  /** the language's own name */
  name: string
}

export interface AppI18n {
  locale: Ref<AppLocale>
  locales: readonly LocaleInfo[]
  defaultLocale: AppLocale
  /**
   * The message `key` in the page's language: `t('site.name')`, `t('x', { name })`, and for plural
   * forms `t('x', count)` or `t('x', { n }, count)`. A key without a message answers itself.
   */
  t: (key: string, params?: MessageParams | number, count?: number) => string
  /** whether the page's language has a message `key` */
  te: (key: string) => boolean
  /** goes to this page in language `code` */
  setLocale: (code: AppLocale) => Promise<void>
}

export const appLocales = locales as LocaleInfo[]
export const appDefaultLocale = defaultLocale as AppLocale
export const appLocaleCodes: readonly AppLocale[] = appLocales.map(l => l.code)

type Tree = Record<string, unknown>
const loaded = new Map<string, Tree>()
const loading = new Map<string, Promise<void>>()
const compiled = new Map<string, Map<string, CompiledMessage>>()

/** The language of an address: `/en/…` English, anything else the default language. */
export const localeOfPath = (path: string): AppLocale => localeOfHref(path, appLocaleCodes, appDefaultLocale) as AppLocale

/** Installs a language's messages (the server: all at start; the browser: each as fetched). */
export function setMessages(code: string, messages: Tree): void {
  loaded.set(code, messages)
  compiled.delete(code)
}

/** A route's page in language `code`, query kept; '' where no page matched (a 404). */
export function pageInLocale(route: { matched: readonly unknown[], fullPath: string }, code: string): string {
  return route.matched.length ? switchLocaleHref(route.fullPath, code, appDefaultLocale, appLocaleCodes) : ''
}

/** The address of a language's message file (hashed, immutable), under the app's base URL. */
export function messageFileOf(code: string, baseURL = '/'): string {
  return `${baseURL.replace(/\/$/, '')}${messageFiles[code]}`
}

/** The browser: fetches a language's messages once (the page preloads its own language's file). */
export function loadMessages(code: string, baseURL?: string): Promise<void> {
  if (loaded.has(code)) return Promise.resolve()
  let pending = loading.get(code)
  if (!pending) {
    pending = (async () => {
      // two tries: a phone on a train drops a request now and then
      for (let attempt = 1; ; attempt++) {
        try {
          const res = await fetch(messageFileOf(code, baseURL))
          if (!res.ok) throw new Error(`i18n: ${res.status} for the ${code} messages`)
          setMessages(code, await res.json() as Tree)
          return
        }
        catch (e) {
          if (attempt === 2) throw e
        }
      }
    })().finally(() => loading.delete(code))
    loading.set(code, pending)
  }
  return pending
}

function messageOf(code: string, key: string): CompiledMessage | undefined {
  let perKey = compiled.get(code)
  if (!perKey) compiled.set(code, perKey = new Map())
  let message = perKey.get(key)
  if (!message) {
    const source = lookupMessage(loaded.get(code), key)
    if (source === undefined) return undefined
    perKey.set(key, message = compileMessage(source))
  }
  return message
}

function createAppI18n(locale: Ref<AppLocale>, setLocale: (code: AppLocale) => Promise<void>): AppI18n {
  const t: AppI18n['t'] = (key, params, count) => {
    const message = messageOf(locale.value, key)
    if (!message) {
      if (import.meta.dev) console.warn(`[i18n] no ${locale.value} message for "${key}"`)
      return key
    }
    return typeof params === 'number' ? formatMessage(message, {}, params) : formatMessage(message, params, count)
  }
  return {
    locale,
    locales: appLocales,
    defaultLocale: appDefaultLocale,
    t,
    te: key => lookupMessage(loaded.get(locale.value), key) !== undefined,
    setLocale,
  }
}

/**
 * Gives the app its `$i18n` (and `$t` in templates) in language `initial`, the language of the
 * address. A route middleware (global, before the pages' own) switches the language, the
 * browser fetching its messages first, when a link leads into another language.
 */
export function installI18n(nuxtApp: Pick<NuxtApp, 'provide' | 'vueApp'>, initial: AppLocale): AppI18n {
  const router = useRouter()
  const baseURL = useRuntimeConfig().app.baseURL
  const locale = useState<AppLocale>('i18n:locale', () => initial)
  const i18n = createAppI18n(locale, async (code) => {
    await loadMessages(code, baseURL)
    await navigateTo(pageInLocale(router.currentRoute.value, code) || localeHref('/', code, appDefaultLocale))
  })
  nuxtApp.provide('i18n', i18n)
  nuxtApp.vueApp.config.globalProperties.$t = i18n.t
  addRouteMiddleware('i18n', async (to) => {
    const code = localeOfPath(to.path)
    if (code === locale.value) return
    if (import.meta.client) {
      try {
        await loadMessages(code, baseURL)
      }
      catch {
        // the other language's messages did not come (twice): the server renders that page whole
        return navigateTo(to.fullPath, { external: true })
      }
    }
    locale.value = code
  }, { global: true })
  return i18n
}

declare module '#app' {
  interface NuxtApp {
    $i18n: AppI18n
  }
}

declare module 'vue' {
  interface ComponentCustomProperties {
    $i18n: AppI18n
    $t: AppI18n['t']
  }
}
