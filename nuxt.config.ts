// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  compatibilityDate: '2026-11-01',
  srcDir: '.',
  modules: ['@nuxt/content', '@nuxtjs/i18n', '@nuxt/eslint'],
  devtools: { enabled: false },
  telemetry: false,
  css: ['~/assets/css/main.css'],

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

  i18n: {
    defaultLocale: 'zh-CN',
    strategy: 'prefix_except_default',
    detectBrowserLanguage: false,
    baseUrl: process.env.APP_URL || undefined,
    locales: [
      { code: 'zh-CN', language: 'zh-CN', name: '中文', file: 'zh-CN.json' },
      { code: 'en', language: 'en', name: 'English', file: 'en.json' },
    ],
  },

  content: {
    build: { markdown: { toc: { depth: 3 } } },
  },

  typescript: {
    strict: true,
  },

  nitro: {
    // The Prisma client and the job queue stay external Node modules, not bundled copies.
    externals: { inline: [] },
  },

  eslint: {
    config: { stylistic: true },
  },
})
