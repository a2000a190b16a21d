/**
 * Applies prisma/migrations with plain `pg`, keeping Prisma's own bookkeeping so that
 * `prisma migrate deploy|status` on a machine with Prisma's native engine accepts the same
 * history: the `_prisma_migrations` table and columns, checksum = sha256 of migration.sql,
 * the whole file sent as one query (one implicit transaction), Prisma's advisory lock,
 * failed runs recorded as Prisma records them.
 */
import { createHash, randomUUID } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import pg from 'pg'
import { runMigrations as runJobQueueMigrations } from 'graphile-worker'
import { jobQueueLogger } from '../../server/jobs/logger'

export const MIGRATIONS_DIR = resolve(import.meta.dirname, '../../prisma/migrations')
const PRISMA_ADVISORY_LOCK = 72707369

export interface MigrationDir { name: string, sql: string, checksum: string }

export function listMigrations(dir = MIGRATIONS_DIR): MigrationDir[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter(d => d.isDirectory() && existsSync(join(dir, d.name, 'migration.sql')))
    .map(d => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8')
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') }
    })
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`

export interface ApplyResult { applied: string[], alreadyApplied: number }

export async function applyMigrations(databaseUrl: string, onProgress: (msg: string) => void = () => {}): Promise<ApplyResult> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const applied: string[] = []
  let alreadyApplied = 0
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK])
    await client.query(CREATE_TABLE)
    const { rows } = await client.query<{ migration_name: string, checksum: string, finished_at: Date | null, rolled_back_at: Date | null }>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
    )
    for (const m of listMigrations()) {
      const records = rows.filter(r => r.migration_name === m.name && !r.rolled_back_at)
      if (records.some(r => r.finished_at)) {
        alreadyApplied++
        if (!records.some(r => r.checksum === m.checksum)) onProgress(`warning: ${m.name} was changed after it was applied`)
        continue
      }
      if (records.length > 0) {
        throw new Error(`migration ${m.name} failed earlier and is not marked rolled back; fix the database, then mark it (prisma migrate resolve) before going on`)
      }
      const id = randomUUID()
      await client.query('INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)', [id, m.checksum, m.name])
      onProgress(`applying ${m.name}`)
      try {
        await client.query(m.sql)
      }
      catch (error) {
        await client.query('UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1', [id, String(error instanceof Error ? error.message : error)])
        throw new Error(`migration ${m.name} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
      }
      await client.query('UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1', [id])
      applied.push(m.name)
    }
  }
  finally {
    await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK]).catch(() => {})
    await client.end()
  }
  // The job queue (graphile-worker) keeps its own schema; install/upgrade it here too, so that
  // jobs can be added inside the same transaction as the change that causes them.
  await runJobQueueMigrations({ connectionString: databaseUrl, logger: jobQueueLogger })
  return { applied, alreadyApplied }
}
