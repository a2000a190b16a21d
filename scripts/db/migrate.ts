/** npm run db:migrate — applies pending migrations to DATABASE_URL (production and CI path). */
import { applyMigrations } from './migrations-lib'
import { existsSync } from 'node:fs'

if (existsSync('.env')) process.loadEnvFile('.env')

const url = process.env.DATABASE_URL
if (!url) {
  console.error('DATABASE_URL is not set. In development `npm run dev` migrates its embedded database by itself.')
  process.exit(2)
}
applyMigrations(url, msg => console.log(msg))
  .then(({ applied, alreadyApplied }) => {
    console.log(applied.length ? `Applied ${applied.length} migration(s); ${alreadyApplied} were already applied.` : `Database is up to date (${alreadyApplied} migrations).`)
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
