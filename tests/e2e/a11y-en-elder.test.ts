import { PASSES, describeAccessibility } from '../support/a11y-sweep'

// every page in English on a 360 px phone in elder mode (the pages and the checks: tests/support/a11y-sweep.ts)
describeAccessibility(PASSES.enElder)
