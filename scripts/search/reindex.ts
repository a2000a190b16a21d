/**
 * npm run search:reindex — rebuilds the projects index from PostgreSQL into a fresh index and
 * swaps it in, so searches never see a half-built index. Changes made during the rebuild are
 * queued again afterwards, so none is lost.
 */
import { loadScriptEnv } from '../lib/env'

loadScriptEnv()

const { Meilisearch } = await import('meilisearch')
const { createPrismaClient } = await import('../../server/utils/prisma')
const { PROJECT_INDEX_SETTINGS, PROJECTS_INDEX, projectDocSelect, toProjectDoc } = await import('../../server/services/project-search')

const BATCH = 5000

function bar(done: number, total: number, started: number): string {
  const width = 30
  const filled = total ? Math.round((done / total) * width) : width
  const secs = ((Date.now() - started) / 1000).toFixed(1)
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${secs}s`
}

async function main() {
  const { DATABASE_URL, MEILI_URL, MEILI_MASTER_KEY } = process.env
  if (!DATABASE_URL || !MEILI_URL) {
    console.error('DATABASE_URL and MEILI_URL must be set (or run `npm run dev` first, whose embedded services this command finds by itself).')
    process.exit(2)
  }
  const prisma = createPrismaClient(DATABASE_URL)
  const client = new Meilisearch({ host: MEILI_URL, apiKey: MEILI_MASTER_KEY, requestInit: { headers: { 'Accept-Encoding': 'identity' } } })
  const started = Date.now()
  const since = new Date()
  const fresh = `${PROJECTS_INDEX}_rebuild_${Date.now()}`
  try {
    await client.createIndex(PROJECTS_INDEX, { primaryKey: 'id' }).waitTask().catch(() => {})
    await client.createIndex(fresh, { primaryKey: 'id' }).waitTask()
    await client.index(fresh).updateSettings(PROJECT_INDEX_SETTINGS).waitTask({ timeout: 120_000 })
    const total = await prisma.project.count({ where: { status: 'PUBLISHED' } })
    let done = 0
    let cursor: string | undefined
    const tasks: Promise<unknown>[] = []
    while (true) {
      const rows = await prisma.project.findMany({
        where: { status: 'PUBLISHED' }, select: projectDocSelect, orderBy: { id: 'asc' }, take: BATCH,
        ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      })
      if (!rows.length) break
      cursor = rows.at(-1)!.id
      tasks.push(client.index(fresh).addDocuments(rows.map(toProjectDoc)).waitTask({ timeout: 600_000, interval: 200 }))
      done += rows.length
      process.stdout.write(`\r  reading  ${bar(done, total, started)}`)
    }
    process.stdout.write('\n')
    let indexed = 0
    for (const t of tasks) {
      await t
      indexed++
      process.stdout.write(`\r  indexing ${bar(Math.min(indexed * BATCH, total), total, started)}`)
    }
    process.stdout.write('\n')
    await client.swapIndexes([{ indexes: [PROJECTS_INDEX, fresh], rename: false }]).waitTask()
    await client.deleteIndex(fresh).waitTask()
    // changes committed while we were reading went to the old index: queue them again
    const changed = await prisma.$executeRaw`INSERT INTO "SearchOutbox" ("entity", "entityId") SELECT 'project', "id"::text FROM "Project" WHERE "updatedAt" >= ${since}`
    await prisma.$executeRaw`SELECT graphile_worker.add_job('search_sync', '{}'::json, job_key => 'search_sync', max_attempts => 1000)`
    console.log(`Reindexed ${total} projects into "${PROJECTS_INDEX}" in ${((Date.now() - started) / 1000).toFixed(1)} s (${changed} changed meanwhile, queued).`)
  }
  catch (error) {
    await client.deleteIndex(fresh).waitTask().catch(() => {})
    throw error
  }
  finally {
    await prisma.$disconnect()
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
