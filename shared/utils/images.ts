/** Uploaded pictures (one pipeline for every section): how large an upload may be, which formats are read. */
export const IMAGE_LIMITS = {
  maxUploadBytes: 8 * 1024 * 1024,
  /** the longest side after scaling */
  maxSide: 1600,
  altMaxLength: 120,
  types: ['image/jpeg', 'image/png', 'image/webp'] as readonly string[],
} as const

/** Where a stored picture is served (immutable: a new upload gets a new id). */
export function imageUrl(id: string): string {
  return `/media/images/${id}.webp`
}

/** The ids of stored pictures a Markdown text shows (`![…](/media/images/<id>.webp)`), each once. */
export function pictureIds(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(/\/media\/images\/([0-9a-f-]{36})\.webp/g)].map(m => m[1]!))]
}
