import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { listMigrations } from '../../scripts/db/migrations-lib'
import { db } from '../support/db'

describe('migrations', () => {
  it('records every migration the way Prisma does (name, sha256 checksum, finished)', async () => {
    const rows = await db.$queryRaw<{ migration_name: string, checksum: string, finished_at: Date | null, applied_steps_count: number }[]>`
      SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`
    expect(rows.map(r => ({ name: r.migration_name, checksum: r.checksum }))).toEqual(listMigrations().map(m => ({ name: m.name, checksum: m.checksum })))
    expect(rows.every(r => r.finished_at && r.applied_steps_count === 1)).toBe(true)
  })

  it('schema.prisma has no change that no migration captures', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/db/migration.ts', '--check'], { encoding: 'utf8' })
    expect(out).toContain('captured by a migration')
  })

  it('stores emails lower-cased only (case-insensitive uniqueness)', async () => {
    await expect(db.$executeRaw`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES (gen_random_uuid(), 'Upper@Example.com', 'x', 'x', now())`).rejects.toThrow(/User_email_lowercase/)
  })
})
