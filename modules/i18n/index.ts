import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { addTemplate, defineNuxtModule, extendPages, updateTemplates } from '@nuxt/kit'
import type { NuxtPage } from 'nuxt/schema'

/**
 * StartHub's languages at build time (the run-time half is app/i18n.ts and plugins/00.i18n.*).
 *
 * - Every page gets a route per language: the default language at its own path, the others
 *   under `/<code>` (the `prefix_except_default` rule of shared/utils/locale-href.ts), named
 *   `<page>___<code>`.
 * - A language's messages (its files in i18n/locales, merged in order) are written once per build
 *   as `/_i18n/<code>.<hash>.json`: a static, immutable, precompressed file the browser fetches
 *   while the scripts load (the page preloads it). The server renders from the same messages,
 *   built into its bundle (`#build/i18n/messages.mjs`); the browser's bundle only knows their
 *   addresses (`#build/i18n/options.mjs`).
 *
 * It replaces @nuxtjs/i18n, whose runtime (with vue-i18n and its message compiler) was 23 KB of
 * the 102 KB every first visit downloaded before it was interactive: StartHub used its routes,
 * `t` with named values and plural forms, and the alternate links, not the rest.
 */
export interface LocaleOption {
  code: string
  /** the BCP 47 tag in `<html lang>` and hreflang */
  language: string
  /** the language's own name */
  name: string
  /** files in i18n/locales, merged in order */
  files: string[]
}

export interface I18nOptions {
  defaultLocale: string
  /** the public address for canonical and alternate links (NUXT_PUBLIC_I18N_BASE_URL) */
  baseUrl: string
  locales: LocaleOption[]
}

type Tree = { [key: string]: string | Tree }

function merge(into: Tree, from: Tree, file: string, path = ''): Tree {
  for (const [key, value] of Object.entries(from)) {
    const here = into[key]
    if (typeof value === 'object' && typeof here === 'object') merge(here, value, file, `${path}${key}.`)
    else if (here !== undefined) throw new Error(`i18n: ${file} sets ${path}${key} again`)
    else into[key] = value
  }
  return into
}

/** The page's routes in every language: the default language's as they are, the others prefixed. */
export function localiseRoutes(pages: NuxtPage[], defaultLocale: string, codes: string[]): NuxtPage[] {
  const rename = (page: NuxtPage, code: string, top: boolean): NuxtPage => ({
    ...page,
    ...(page.name ? { name: `${page.name}___${code}` } : {}),
    ...(top && code !== defaultLocale ? { path: page.path === '/' ? `/${code}` : `/${code}${page.path}` } : {}),
    ...(page.children ? { children: page.children.map(child => rename(child, code, false)) } : {}),
  })
  return codes.flatMap(code => pages.map(page => rename(page, code, true)))
}

export default defineNuxtModule<I18nOptions>({
  meta: { name: 'starthub-i18n', configKey: 'i18n' },
  setup(options, nuxt) {
    const dir = resolve(nuxt.options.rootDir, 'i18n/locales')
    const out = join(nuxt.options.buildDir, 'i18n-public')
    const codes = options.locales.map(l => l.code)

    let messages: Record<string, Tree> = {}
    let files: Record<string, string> = {}
    let json: Record<string, string> = {}
    const read = () => {
      messages = Object.fromEntries(options.locales.map(l => [l.code, l.files.reduce<Tree>(
        (all, file) => merge(all, JSON.parse(readFileSync(join(dir, file), 'utf8')) as Tree, file), {})]))
      json = Object.fromEntries(codes.map(code => [code, JSON.stringify(messages[code])]))
      files = Object.fromEntries(codes.map(code => [code, `/_i18n/${code}.${createHash('sha256').update(json[code]!).digest('hex').slice(0, 10)}.json`]))
    }
    // written once the build has emptied the build folder
    const write = () => {
      rmSync(out, { recursive: true, force: true })
      mkdirSync(out, { recursive: true })
      for (const code of codes) writeFileSync(join(out, files[code]!.slice('/_i18n/'.length)), json[code]!)
    }
    read()
    nuxt.hook('build:before', write)

    extendPages((pages) => {
      pages.splice(0, pages.length, ...localiseRoutes(pages, options.defaultLocale, codes))
    })

    // hashed names: cached for a year, compressed at build time with the other public files
    nuxt.options.nitro.publicAssets ??= []
    nuxt.options.nitro.publicAssets.push({ dir: out, baseURL: '/_i18n', maxAge: 60 * 60 * 24 * 365 })

    const publicConfig = nuxt.options.runtimeConfig.public as Record<string, unknown>
    publicConfig.i18n = { baseUrl: options.baseUrl, defaultLocale: options.defaultLocale }

    addTemplate({
      filename: 'i18n/options.mjs',
      getContents: () => [
        `export const defaultLocale = ${JSON.stringify(options.defaultLocale)}`,
        `export const locales = ${JSON.stringify(options.locales.map(({ code, language, name }) => ({ code, language, name })))}`,
        `export const messageFiles = ${JSON.stringify(files)}`,
      ].join('\n'),
    })
    addTemplate({ filename: 'i18n/messages.mjs', getContents: () => `export default ${JSON.stringify(messages)}` })
    addTemplate({
      filename: 'i18n/options.d.mts',
      getContents: () => [
        `export declare const defaultLocale: string`,
        `export declare const locales: { code: string, language: string, name: string }[]`,
        `export declare const messageFiles: Record<string, string>`,
      ].join('\n'),
    })
    addTemplate({ filename: 'i18n/messages.d.mts', getContents: () => `declare const messages: Record<string, Record<string, unknown>>\nexport default messages` })

    // dev: an edited locale file is picked up without a restart
    nuxt.hook('builder:watch', async (_event, path) => {
      if (!resolve(nuxt.options.rootDir, path).startsWith(dir)) return
      read()
      write()
      await updateTemplates({ filter: t => t.filename.startsWith('i18n/') })
    })
  },
})
