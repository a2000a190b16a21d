import type { Composer } from 'vue-i18n'

/**
 * On the server, a message asked for by its key alone (`t('nav.projects')`, no values) is looked
 * up once per process and language, not on every render. vue-i18n resolves the key, builds a cache
 * key with JSON.stringify, makes a message context and runs the compiled message for every call:
 * about 5 % of a page's render, most of it for the shell's fixed labels. The messages come from
 * the locale files and do not change while the process runs; a key that does not resolve (the
 * answer is the key itself) is not kept, so the catalogue bounds what is. Calls with values, and
 * every call in the browser (where the language can change and renders must track it), go to
 * vue-i18n as before (tests/integration/i18n-memo.test.ts).
 */
const answers = new Map<string, string>()

export default defineNuxtPlugin({
  name: 'starthub:i18n-memo',
  dependsOn: ['i18n:plugin'],
  setup(nuxtApp) {
    const composer = nuxtApp.$i18n as Composer
    const translate = composer.t
    const memo = (key: string): string => {
      const k = `${composer.locale.value}\u0000${key}`
      const known = answers.get(k)
      if (known !== undefined) return known
      const answer = translate(key)
      if (answer !== key) answers.set(k, answer)
      return answer
    }
    composer.t = ((...args: unknown[]) => (args.length === 1 && typeof args[0] === 'string'
      ? memo(args[0])
      : (translate as (...a: unknown[]) => string)(...args))) as typeof composer.t
  },
})
