import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { defineApiHandler } from '../../utils/api'
import { AppError } from '../../utils/errors'
import { serverEnv } from '../../utils/env'

/** Development only: the mails the local SMTP catcher received (npm run dev). 404 in production. */
export default defineApiHandler(async () => {
  const dir = serverEnv().devMailbox
  if (!dir) throw new AppError('not_found')
  const files = (await readdir(dir).catch(() => [] as string[])).filter(f => f.endsWith('.json')).sort().reverse().slice(0, 100)
  return Promise.all(files.map(async f => JSON.parse(await readFile(join(dir, f), 'utf8')) as unknown))
})
