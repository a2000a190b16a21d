import { PASSES, describeAccessibility } from '../support/a11y-sweep'

// every page in Chinese at 1280 px (the pages and the checks: tests/support/a11y-sweep.ts)
describeAccessibility(PASSES.zh)
