import type { AppLocale } from '#shared/i18n/messages'
import { installI18n, loadMessages, localeOfPath } from '~/app/i18n'

/** The language the server rendered in; its messages (preloaded by the page) before hydration. */
export default defineNuxtPlugin({
  name: 'starthub:i18n',
  async setup(nuxtApp) {
    const locale = useState<AppLocale | undefined>('i18n:locale').value ?? localeOfPath(window.location.pathname)
    await loadMessages(locale, useRuntimeConfig().app.baseURL)
    installI18n(nuxtApp, locale)
  },
})
