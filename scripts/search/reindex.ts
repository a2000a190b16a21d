/**
 * npm run search:reindex — rebuilds every search index (projects, mentors) from PostgreSQL into a fresh index and
 * swaps it in, with a progress bar. Finds the embedded services of a running `npm run dev`.
 */
import { loadScriptEnv } from '../lib/env'

loadScriptEnv()

const { createSearchClient } = await import('../../server/utils/search')
const { createPrismaClient } = await import('../../server/utils/prisma')
const { reindexEntity } = await import('./reindex-lib')
const { SEARCH_ENTITIES } = await import('../../server/search/registry')

function bar(done: number, total: number, started: number): string {
  const width = 30
  const filled = total ? Math.round((done / total) * width) : width
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${((Date.now() - started) / 1000).toFixed(1)}s`
}

const { DATABASE_URL, MEILI_URL, MEILI_MASTER_KEY } = process.env
if (!DATABASE_URL || !MEILI_URL) {
  console.error('DATABASE_URL and MEILI_URL must be set (or run `npm run dev` first, whose embedded services this command finds by itself).')
  process.exit(2)
}
const prisma = createPrismaClient(DATABASE_URL)
const client = createSearchClient(MEILI_URL, MEILI_MASTER_KEY, 60_000)
const started = Date.now()
try {
  for (const entity of Object.values(SEARCH_ENTITIES)) {
    const t = Date.now()
    let phase = ''
    console.log(`${entity.index}:`)
    const { total, requeued } = await reindexEntity(prisma, client, entity, (p) => {
      if (p.phase !== phase && phase) process.stdout.write('\n')
      phase = p.phase
      process.stdout.write(`\r  ${p.phase.padEnd(8)} ${bar(p.done, p.total, t)}`)
    })
    process.stdout.write('\n')
    console.log(`  reindexed ${total} ${entity.entity} documents in ${((Date.now() - t) / 1000).toFixed(1)} s (${requeued} changed meanwhile, queued again).`)
  }
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
}
catch (error) {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
finally {
  await prisma.$disconnect()
}
