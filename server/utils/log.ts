import { scrubPersonalData } from '#shared/utils/mask'

/**
 * The server's logger: one JSON line per event, with personal data (phones, ID numbers,
 * email addresses) masked in every string it is given. Never log passwords or tokens.
 */
type Fields = Record<string, unknown>

function clean(value: unknown): unknown {
  if (typeof value === 'string') return scrubPersonalData(value)
  if (Array.isArray(value)) return value.map(clean)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v)]))
  return value
}

function write(level: 'info' | 'warn' | 'error', msg: string, fields?: Fields) {
  if (process.env.STARTHUB_QUIET === '1' && level === 'info') return
  const line = JSON.stringify({ t: new Date().toISOString(), level, msg: scrubPersonalData(msg), ...(fields ? clean(fields) as Fields : {}) })
  if (level === 'error') console.error(line)
  else if (level === 'warn') console.warn(line)
  else console.log(line)
}

export const log = {
  info: (msg: string, fields?: Fields) => write('info', msg, fields),
  warn: (msg: string, fields?: Fields) => write('warn', msg, fields),
  error: (msg: string, fields?: Fields) => write('error', msg, fields),
}
