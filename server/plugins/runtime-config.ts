import type { H3Event } from 'h3'

/**
 * Gives every request the process's runtime config instead of a fresh copy.
 *
 * `useRuntimeConfig(event)` deep-clones the whole runtime config and re-reads the environment
 * for each request it is first called in, so that a handler may change its copy. Nuxt's renderer
 * calls it for every page (and @nuxtjs/i18n, which StartHub no longer uses, called it for every
 * request, API calls included: about 0.4 ms of CPU per request here, a seventh of a whole
 * /api/projects answer). Nothing in StartHub changes the config per request,
 * and the environment is read once at start-up, so the shared, frozen config is handed out.
 * This runs before every `request` hook, whichever plugin registered first.
 */
export default defineNitroPlugin((nitroApp) => {
  // the build's prerenderer keeps its own per-request config
  if (import.meta.prerender) return
  const shared = useRuntimeConfig()
  nitroApp.hooks.beforeEach((hook) => {
    if (hook.name !== 'request') return
    // hookable passes the hook's name among the arguments: find the event itself
    const event = hook.args.find((a): a is H3Event => typeof a === 'object' && a !== null && 'context' in a)
    if (!event) return
    event.context.nitro ??= { errors: [] }
    event.context.nitro.runtimeConfig ??= shared
  })
})
