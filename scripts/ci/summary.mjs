// Prints one closing line over the three test layers, from vitest's JSON reports.
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
let skipped = 0
for (const layer of ['unit', 'integration', 'instances', 'e2e']) {
  const file = `test-results/${layer}.json`
  if (!existsSync(file)) {
    console.error(`missing ${file}`)
    process.exit(1)
  }
  const r = JSON.parse(readFileSync(file, 'utf8'))
  passed += r.numPassedTests
  failed += r.numFailedTests
  skipped += r.numPendingTests + (r.numTodoTests ?? 0)
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
if (failed > 0 || passed === 0) process.exit(1)
