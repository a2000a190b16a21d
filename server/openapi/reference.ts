import { escapeHtml } from '../mail/templates'
import { openApiDocument } from './document'

/** The readable API reference: every operation with its access, parameters, body and answers. */
type Json = Record<string, unknown>

const code = (v: unknown) => `<pre>${escapeHtml(JSON.stringify(v, null, 2))}</pre>`
const md = (s: string) => escapeHtml(s).replace(/`([^`]+)`/g, '<code>$1</code>')

let html: string | null = null

export function renderApiReference(): string {
  if (html) return html
  const doc = openApiDocument()
  const paths = doc.paths as Record<string, Record<string, Json>>
  const tags = (doc.tags as { name: string }[]).map(t => t.name)
  const ops = Object.entries(paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })))
  const section = (tag: string) => ops.filter(o => (o.op.tags as string[])[0] === tag).map(({ path, method, op }) => {
    const params = op.parameters as Json[]
    const body = (op.requestBody as Json | undefined)?.content as Record<string, { schema: unknown }> | undefined
    const res = op.responses as Record<string, { description: string }>
    const anchor = String(op.operationId)
    return `<article id="${anchor}"><h3><span class="m m-${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p>${md(String(op.summary))}</p><p class="access">${md(String(op.description))}</p>
${params.length ? `<h4>Parameters</h4><table><thead><tr><th scope="col">name</th><th scope="col">in</th><th scope="col">required</th><th scope="col">schema</th></tr></thead><tbody>${params.map(p => `<tr><td><code>${escapeHtml(String(p.name))}</code></td><td>${p.in}</td><td>${p.required ? 'yes' : 'no'}</td><td><code>${escapeHtml(JSON.stringify(p.schema))}</code></td></tr>`).join('')}</tbody></table>` : ''}
${body ? Object.entries(body).map(([type, b]) => `<h4>Body (${escapeHtml(type)})</h4>${code(b.schema)}`).join('') : ''}
<h4>Answers</h4><dl>${Object.entries(res).map(([status, r]) => `<dt>${status}</dt><dd>${md(r.description)}</dd>`).join('')}</dl></article>`
  }).join('\n')
  const enums = (doc.components as { schemas: Record<string, Json> }).schemas
  html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>StartHub API reference</title>
<style>
body{font:16px/1.6 system-ui,'PingFang SC','Microsoft YaHei',sans-serif;margin:0;color:#1c1b1a;background:#fff}
main{max-width:960px;margin:0 auto;padding:24px}nav ul{columns:3 14em;padding-left:1.2em}a{color:#8c1d18}
article{border-top:1px solid #ddd;padding:12px 0}h3{font-size:1.05rem;margin:.4em 0}code,pre{font-family:ui-monospace,Consolas,monospace;font-size:.9rem}
pre{background:#f6f6f4;padding:12px;overflow:auto;border-radius:6px}table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
td code{word-break:break-all}.m{display:inline-block;min-width:4.5em;text-align:center;border-radius:4px;color:#fff;font-size:.85rem;padding:1px 6px}
.m-get{background:#1f5e3a}.m-post{background:#174f86}.m-put,.m-patch{background:#6b4a00}.m-delete{background:#8c1d18}.access{color:#444}
dt{font-weight:600}dd{margin:0 0 .4em 1.5em}
</style></head><body><main>
<h1>StartHub 创业一站通 API</h1>
<p>${md(String((doc.info as Json).description))}</p>
<p>The machine-readable document: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
<nav aria-label="Sections"><h2>Sections</h2><ul>${tags.map(t => `<li><a href="#tag-${t}">${escapeHtml(t)}</a></li>`).join('')}<li><a href="#codes">codes</a></li></ul></nav>
${tags.map(t => `<section id="tag-${t}" aria-labelledby="h-${t}"><h2 id="h-${t}">${escapeHtml(t)}</h2>${section(t)}</section>`).join('\n')}
<section id="codes" aria-labelledby="h-codes"><h2 id="h-codes">codes</h2><dl>${Object.entries(enums).filter(([, s]) => Array.isArray(s.enum)).map(([name, s]) => `<dt>${name}</dt><dd><code>${(s.enum as string[]).map(escapeHtml).join(', ')}</code></dd>`).join('')}</dl></section>
</main></body></html>`
  return html
}
