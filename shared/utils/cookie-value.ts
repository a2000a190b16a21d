/** The value of cookie `name` in a Cookie header (or `document.cookie`), if it is there. */
export function cookieValue(header: string | null | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const raw = part.slice(eq + 1).trim()
      try {
        return decodeURIComponent(raw)
      }
      catch {
        return raw
      }
    }
  }
  return undefined
}
