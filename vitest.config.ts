import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const alias = {
  '#shared': fileURLToPath(new URL('./shared', import.meta.url)),
}

/**
 * Three layers, each run on its own (see README):
 * - unit: pure functions, no I/O
 * - integration: services and HTTP routes against real PostgreSQL, Meilisearch and SMTP
 *   (and `instances`: several built servers on that one stack, run after it)
 * - e2e: the built site in headless Chromium
 * integration and e2e start the whole stack once per run (tests/setup/stack.ts).
 */
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          exclude: ['tests/integration/instances.test.ts'],
          globalSetup: ['tests/setup/stack.ts'],
          setupFiles: ['tests/setup/env.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        // two more built servers on the stack, hundreds of writes and a SIGKILL: run on their
        // own after the integration layer (npm run test:integration), so their load and their
        // data never meet the timing and search tests of the other files
        resolve: { alias },
        test: {
          name: 'instances',
          include: ['tests/integration/instances.test.ts'],
          globalSetup: ['tests/setup/stack.ts'],
          setupFiles: ['tests/setup/env.ts'],
          testTimeout: 240_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/stack.ts'],
          setupFiles: ['tests/setup/env.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          pool: 'forks',
          maxWorkers: 2,
        },
      },
    ],
  },
})
