import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/**
 * Environment for the command-line scripts: the process environment, else `.env`, else the
 * embedded services a running `npm run dev` recorded in .data/dev-services.json.
 */
export function loadScriptEnv(): void {
  const root = resolve(import.meta.dirname, '../..')
  if (existsSync(resolve(root, '.env'))) process.loadEnvFile(resolve(root, '.env'))
  const file = resolve(root, process.env.STARTHUB_DATA_DIR || '.data', 'dev-services.json')
  if (!existsSync(file)) return
  const dev = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string | undefined>
  for (const [k, v] of Object.entries(dev)) if (v && !process.env[k]) process.env[k] = v
}
