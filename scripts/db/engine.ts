/**
 * Prisma's schema engine compiled to WebAssembly, used for schema-to-schema diffs only.
 * Prisma's CLI would download a native engine for `migrate dev`; that host is unreachable
 * here, so StartHub makes migrations by diffing the schema saved with the last migration
 * against the current one. The engine asks its "connection" for the server version once at
 * start-up; this stub answers that single query and refuses anything else, so no database
 * is touched.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg'
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery, SqlResultSet } from '@prisma/driver-adapter-utils'
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils'

function stubConnection(): SqlDriverAdapter {
  const info = { provider: 'postgres' as const, adapterName: '@starthub/diff-only' }
  const answer = async (q: SqlQuery): Promise<SqlResultSet> => {
    if (process.env.DEBUG_ENGINE) console.error('[engine query]', q.sql, q.args)
    if (/server_version_num/i.test(q.sql)) {
      // the start-up probe: schema exists?, version(), server_version_num
      return {
        columnNames: ['exists', 'version', 'numeric_version'],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, 'PostgreSQL 18.0', 180000]],
      }
    }
    throw new Error(`the diff-only engine connection does not run queries: ${q.sql.slice(0, 80)}`)
  }
  const adapter: SqlDriverAdapter = {
    ...info,
    queryRaw: answer,
    executeRaw: async (q) => {
      await answer(q)
      return 0
    },
    executeScript: async () => { throw new Error('the diff-only engine connection does not run scripts') },
    startTransaction: async () => { throw new Error('the diff-only engine connection has no transactions') },
    dispose: async () => {},
  }
  return adapter
}

const stubFactory: SqlMigrationAwareDriverAdapterFactory = {
  provider: 'postgres',
  adapterName: '@starthub/diff-only',
  connect: async () => stubConnection(),
  connectToShadowDb: async () => stubConnection(),
}

let loaded = false
/** The package's entry imports the .wasm file as an ES module, which Node 20 cannot; instantiate it by hand. */
function loadEngine(): typeof bindings.SchemaEngine {
  if (!loaded) {
    const require = createRequire(import.meta.url)
    const wasmPath = require.resolve('@prisma/schema-engine-wasm').replace(/schema_engine\.js$/, 'schema_engine_bg.wasm')
    const module = new WebAssembly.Module(readFileSync(wasmPath))
    const instance = new WebAssembly.Instance(module, { './schema_engine_bg.js': bindings as unknown as WebAssembly.ModuleImports })
    bindings.__wbg_set_wasm(instance.exports)
    ;(instance.exports.__wbindgen_start as () => void)()
    loaded = true
  }
  return bindings.SchemaEngine
}

/** SQL that turns a database built from `fromSchema` (or an empty one) into `toSchema`. */
export async function diffSchemas(fromSchema: string | null, toSchema: string): Promise<string> {
  const engine = await loadEngine().new({ datamodels: undefined }, () => {}, bindMigrationAwareSqlAdapterFactory(stubFactory))
  try {
    const result = await engine.diff({
      from: fromSchema === null ? { tag: 'empty' } : { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: fromSchema }] },
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: toSchema }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    })
    return result.stdout ?? ''
  }
  finally {
    engine.free()
  }
}
