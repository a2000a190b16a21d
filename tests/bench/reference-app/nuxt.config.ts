// The bare reference for `npm run bench:pages`: one page (app.vue) that fetches 50 items from its own API
// route with useFetch and renders them in a list — what a Nuxt page costs with nothing else.
import { defineNuxtConfig } from 'nuxt/config'

export default defineNuxtConfig({
  devtools: { enabled: false },
  compatibilityDate: '2025-07-15',
  telemetry: false,
})
