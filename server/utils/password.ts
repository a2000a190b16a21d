import { hash, verify } from '@node-rs/argon2'

/**
 * argon2id (the library's default algorithm) with OWASP's minimum: 19 MiB memory, t=2, p=1.
 */
export const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS)
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  }
  catch {
    return false
  }
}

/** A hash of a random password, verified against when an account does not exist, so timing tells nothing. */
let dummyHash: Promise<string> | null = null
export function dummyPasswordHash(): Promise<string> {
  return (dummyHash ??= hash(`dummy-${Math.random()}`, ARGON2_OPTIONS))
}
