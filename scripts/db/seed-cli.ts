/** npm run db:seed — cities always; demo accounts only when NODE_ENV is not production and the database has no users. */
import { seed } from './seed'
import { existsSync } from 'node:fs'

if (existsSync('.env')) process.loadEnvFile('.env')

const url = process.env.DATABASE_URL
if (!url) {
  console.error('DATABASE_URL is not set.')
  process.exit(2)
}
seed(url, { demo: process.env.NODE_ENV !== 'production', onProgress: l => console.log(`[seed] ${l}`) })
  .then(r => console.log(r.seededDemo ? '[seed] done, with demo accounts' : '[seed] done'))
  .catch((e) => {
    console.error(e)
    process.exit(1)
  })
