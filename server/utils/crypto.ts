import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto'
import { log } from './log'

/**
 * Personal numbers at rest (统一社会信用代码, national ID numbers, phones): AES-256-GCM with a key
 * from the environment (DATA_KEY: 32 bytes, base64 or hex; `npm run dev` generates one into
 * .data), so a copy of the database alone reveals none of them. Values are written
 * `v1.<iv>.<tag>.<ciphertext>` (base64url). `lookupHash` gives an HMAC for finding a record by
 * such a number without storing it readable.
 */
let keys: { enc: Buffer, mac: Buffer } | null = null

function dataKeys(): { enc: Buffer, mac: Buffer } {
  if (keys) return keys
  const raw = process.env.DATA_KEY ?? ''
  const master = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64')
  if (master.length !== 32) {
    log.error('DATA_KEY is not set or not 32 bytes: personal numbers cannot be stored')
    throw new Error('DATA_KEY is not set or not 32 bytes (base64 or hex)')
  }
  keys = {
    enc: Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'starthub:enc:v1', 32)),
    mac: Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'starthub:mac:v1', 32)),
  }
  return keys
}

export function encryptPersonal(plain: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', dataKeys().enc, iv)
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.')
}

export function decryptPersonal(stored: string): string {
  const [v, iv, tag, data] = stored.split('.')
  if (v !== 'v1' || !iv || !tag || !data) throw new Error('not an encrypted value')
  const decipher = createDecipheriv('aes-256-gcm', dataKeys().enc, Buffer.from(iv, 'base64url'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8')
}

/** A keyed hash of a personal number (normalised to upper case), for equality lookups. */
export function lookupHash(value: string): string {
  return createHmac('sha256', dataKeys().mac).update(value.trim().toUpperCase()).digest('base64url')
}
