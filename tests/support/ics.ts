/**
 * A small RFC 5545 reader for tests: unfolds content lines (CRLF followed by a space or tab
 * continues the previous line), splits each into name, parameters and value, and groups the
 * lines by component (VCALENDAR, VTIMEZONE, VEVENT, …).
 */
export interface IcsLine { name: string, params: Record<string, string>, value: string }
export interface IcsComponent { type: string, lines: IcsLine[], children: IcsComponent[] }

/** Undoes line folding (RFC 5545 §3.1). */
export function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').replace(/\n[ \t]/g, '').split(/\r?\n/).filter(l => l.length > 0)
}

/** Splits "DTSTART;TZID=Asia/Shanghai:20261201T100000" into its parts (quoted parameter values may hold ':' and ';'). */
export function parseLine(line: string): IcsLine {
  let i = 0
  let inQuotes = false
  let nameEnd = -1
  for (; i < line.length; i++) {
    const c = line[i]
    if (c === '"') inQuotes = !inQuotes
    else if (!inQuotes && c === ';' && nameEnd < 0) nameEnd = i
    else if (!inQuotes && c === ':') break
  }
  const head = line.slice(0, i)
  const value = line.slice(i + 1)
  const parts: string[] = []
  let cur = ''
  inQuotes = false
  for (const c of head) {
    if (c === '"') inQuotes = !inQuotes
    if (c === ';' && !inQuotes) {
      parts.push(cur)
      cur = ''
    }
    else {
      cur += c
    }
  }
  parts.push(cur)
  const [name, ...rest] = parts
  const params: Record<string, string> = {}
  for (const p of rest) {
    const eq = p.indexOf('=')
    params[p.slice(0, eq).toUpperCase()] = p.slice(eq + 1).replace(/^"(.*)"$/, '$1')
  }
  return { name: name!.toUpperCase(), params, value }
}

/** Parses a whole calendar into its component tree; throws on unbalanced BEGIN/END. */
export function parseIcs(text: string): IcsComponent {
  const root: IcsComponent = { type: 'ROOT', lines: [], children: [] }
  const stack: IcsComponent[] = [root]
  for (const raw of unfold(text)) {
    const line = parseLine(raw)
    if (line.name === 'BEGIN') {
      const c: IcsComponent = { type: line.value.toUpperCase(), lines: [], children: [] }
      stack.at(-1)!.children.push(c)
      stack.push(c)
    }
    else if (line.name === 'END') {
      const c = stack.pop()
      if (!c || c.type !== line.value.toUpperCase()) throw new Error(`unbalanced END:${line.value}`)
    }
    else {
      stack.at(-1)!.lines.push(line)
    }
  }
  if (stack.length !== 1) throw new Error('unterminated component')
  const cal = root.children[0]
  if (!cal || cal.type !== 'VCALENDAR') throw new Error('no VCALENDAR')
  return cal
}

export function find(c: IcsComponent, type: string): IcsComponent | undefined {
  return c.children.find(x => x.type === type)
}

export function prop(c: IcsComponent, name: string): IcsLine | undefined {
  return c.lines.find(l => l.name === name)
}

/** The parts of an invite tests look at. */
export interface Invite {
  method: string
  uid: string
  sequence: number
  status: string
  dtstart: IcsLine
  dtend: IcsLine
  summary: string
  timezones: string[]
  calendar: IcsComponent
}

export function readInvite(text: string): Invite {
  const cal = parseIcs(text)
  const ev = find(cal, 'VEVENT')
  if (!ev) throw new Error('no VEVENT')
  const need = (c: IcsComponent, n: string) => {
    const l = prop(c, n)
    if (!l) throw new Error(`no ${n}`)
    return l
  }
  return {
    method: need(cal, 'METHOD').value,
    uid: need(ev, 'UID').value,
    sequence: Number(need(ev, 'SEQUENCE').value),
    status: need(ev, 'STATUS').value,
    dtstart: need(ev, 'DTSTART'),
    dtend: need(ev, 'DTEND'),
    summary: need(ev, 'SUMMARY').value,
    timezones: cal.children.filter(c => c.type === 'VTIMEZONE').map(c => prop(c, 'TZID')?.value ?? ''),
    calendar: cal,
  }
}

/** "2026-12-01T10:00:00+08:00" → "20261201T100000" (the wall-clock time as written in the offset). */
export function icsLocal(isoWithOffset: string): string {
  const m = isoWithOffset.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/)
  if (!m) throw new Error(`not ISO: ${isoWithOffset}`)
  return `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}${m[6]}`
}
