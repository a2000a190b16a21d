/**
 * Atom 1.0 (RFC 4287) as the W3C feed validator checks it: a feed id, title, updated and author;
 * a self link with the feed's media type; each entry with a permanent id, an alternate link,
 * published and updated in RFC 3339, and text escaped (control characters XML forbids dropped).
 * Pure: the feed routes render with it and tests parse what it writes.
 */
export const ATOM_TYPE = 'application/atom+xml; charset=utf-8'

export interface AtomEntry {
  /** a permanent IRI (tag: URI) */
  id: string
  title: string
  summary: string
  url: string
  published: Date
  updated: Date
  categories: string[]
}

export interface AtomFeed {
  id: string
  title: string
  subtitle: string
  lang: string
  selfUrl: string
  alternateUrl: string
  author: string
  /** when nothing is listed: the feed's own date */
  fallbackUpdated: Date
  entries: AtomEntry[]
}

// XML 1.0 allows tab, LF, CR and everything from U+0020 on (less the surrogates and U+FFFE/F)
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

export function xmlEscape(s: string): string {
  return s.replace(NOT_XML, '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&apos;' })[c]!)
}

/** RFC 3339 in UTC, whole seconds: 2026-10-01T16:00:00Z */
export function rfc3339(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** A tag: URI (RFC 4151) for an item, stable across hosts' paths and languages. */
export function tagUri(host: string, item: string): string {
  return `tag:${host},2026:${item.split('/').map(encodeURIComponent).join('/')}`
}

export function renderAtom(feed: AtomFeed): string {
  const updated = feed.entries.reduce<Date | null>((max, e) => (!max || e.updated > max ? e.updated : max), null) ?? feed.fallbackUpdated
  const x = xmlEscape
  const entries = feed.entries.map(e => `  <entry>
    <id>${x(e.id)}</id>
    <title type="text">${x(e.title)}</title>
    <link rel="alternate" type="text/html" href="${x(e.url)}"/>
    <published>${rfc3339(e.published)}</published>
    <updated>${rfc3339(e.updated)}</updated>
${e.categories.map(c => `    <category term="${x(c)}"/>\n`).join('')}    <summary type="text">${x(e.summary)}</summary>
  </entry>
`).join('')
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.lang)}">
  <id>${x(feed.id)}</id>
  <title type="text">${x(feed.title)}</title>
  <subtitle type="text">${x(feed.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${x(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${x(feed.alternateUrl)}"/>
  <updated>${rfc3339(updated)}</updated>
  <author><name>${x(feed.author)}</name></author>
  <generator>StartHub</generator>
${entries}</feed>
`
}
