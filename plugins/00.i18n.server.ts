import messages from '#build/i18n/messages.mjs'
import { installI18n, localeOfPath, messageFileOf, setMessages } from '~/app/i18n'

// every language's messages, in the server's bundle: installed once per process
for (const [code, tree] of Object.entries(messages)) setMessages(code, tree)

/** The page's language from its address; the browser is told to fetch its messages at once. */
export default defineNuxtPlugin({
  name: 'starthub:i18n',
  setup(nuxtApp) {
    const locale = localeOfPath(nuxtApp.ssrContext!.url)
    installI18n(nuxtApp, locale)
    // the scripts need them before they hydrate: fetched beside the scripts, not after them
    useHead({ link: [{ rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: messageFileOf(locale, useRuntimeConfig().app.baseURL) }] })
  },
})
