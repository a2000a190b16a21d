// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  // modules/ (StartHub's own: i18n) are installed after these
  modules: ['@nuxt/content', '@nuxt/eslint'],

  // composables live in one folder per domain (composables/bookings/useBooking.ts …): auto-import them all
  imports: { dirs: ['composables/**'] },

  devtools: { enabled: false },

  app: {
    head: {
      titleTemplate: '%s',
      meta: [
        { name: 'viewport', content: 'width=device-width, initial-scale=1' },
        { name: 'theme-color', content: '#b3261e' },
      ],
      link: [{ rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }],
    },
  },
  css: ['~/assets/css/main.css'],

  content: {
    build: { markdown: { toc: { depth: 3 } } },
  },

  runtimeConfig: {
    public: {
      // Footer contact fields; override with NUXT_PUBLIC_CONTACT_HOTLINE etc.
      contact: {
        hotline: '12333',
        email: 'service@starthub.example.cn',
        addressZh: '吉林省长春市（示例地址）',
        addressEn: 'Changchun, Jilin Province (sample address)',
        hoursZh: '工作日 8:30–17:00',
        hoursEn: 'Weekdays 8:30–17:00',
      },
    },
  },
  srcDir: '.',
  // builds go to the project's own .nuxt (Nuxt's default for production is inside node_modules,
  // which two checkouts sharing one node_modules would overwrite under each other)
  buildDir: '.nuxt',

  experimental: {
    // a link fetches its page's code when a person points at it or focuses it, not when it scrolls
    // into view: a list of 20 project cards made a phone's first visit to /projects download the
    // project page's code too (about 50 KB, zod among it) whether or not anybody opened one
    defaults: { nuxtLink: { componentName: 'NuxtLink', prefetch: true, prefetchOn: { visibility: false, interaction: true } } },
  },
  compatibilityDate: '2026-11-01',

  nitro: {
    // /_nuxt files (hashed, immutable) are brotli- and gzip-compressed once at build time and
    // served as such; pages and API answers are compressed per response (server/plugins/compression.ts)
    compressPublicAssets: { gzip: true, brotli: true },
    // the server runs on Node ≥ 20 (package.json engines), not an es2019 engine: nothing to lower,
    // and no warning that the plan's BigInt arithmetic "may crash at run-time"
    esbuild: { options: { target: 'node20' } },
  },

  vite: {
    // shared/ schemas are used by pages too; pre-bundle zod so the first form page does not reload in dev
    optimizeDeps: { include: ['zod'] },
    // no component of StartHub or of the modules it uses is written with the Options API (data,
    // methods, lifecycle options): Vue's support for it is left out of the browser's bundle
    vue: { features: { optionsAPI: false } },
  },

  typescript: {
    strict: true,
  },
  telemetry: false,

  eslint: {
    config: { stylistic: true },
  },

  i18n: {
    defaultLocale: 'zh-CN',
    // (modules/i18n) the default language at its own paths, the others under /<code>; the language
    // comes from the address alone (no detection from the browser or a cookie)
    // the public address for canonical and hreflang links; set NUXT_PUBLIC_I18N_BASE_URL in production
    baseUrl: 'http://localhost:3000',
    locales: [
      // one file per area: the shell and project library, code names (shared with the server), mentors and booking,
      // the one-stop case, the business plan's tables and loans (the last two also read by the server)
      { code: 'zh-CN', language: 'zh-CN', name: '中文', files: ['zh-CN.json', 'zh-CN.codes.json', 'zh-CN.mentors.json', 'zh-CN.mentor-desk.json', 'zh-CN.cases.json', 'zh-CN.plan.json', 'zh-CN.loans.json', 'zh-CN.trainings.json', 'zh-CN.stories.json', 'zh-CN.release.json', 'zh-CN.awards.json'] },
      { code: 'en', language: 'en', name: 'English', files: ['en.json', 'en.codes.json', 'en.mentors.json', 'en.mentor-desk.json', 'en.cases.json', 'en.plan.json', 'en.loans.json', 'en.trainings.json', 'en.stories.json', 'en.release.json', 'en.awards.json'] },
    ],
  },
})
