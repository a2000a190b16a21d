// @ts-check
import withNuxt from './.nuxt/eslint.config.mjs'

export default withNuxt({
  ignores: ['server/generated/**', '.data/**', '.output/**', 'tests/bench/reference-app/.nuxt/**', 'tests/bench/reference-app/.output/**'],
})
