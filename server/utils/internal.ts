import { randomUUID } from 'node:crypto'

/** A per-process secret for the server's requests to itself (nitroApp.localFetch). */
export const INTERNAL_TOKEN = randomUUID()
