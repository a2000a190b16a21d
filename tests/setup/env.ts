import { inject } from 'vitest'

// Services imported by tests read these at import time.
process.env.DATABASE_URL = inject('databaseUrl')
process.env.MEILI_URL = inject('meiliUrl')
process.env.MEILI_MASTER_KEY = inject('meiliKey')
process.env.APP_URL = inject('baseUrl')
process.env.STARTHUB_QUIET = '1'
process.env.DATA_KEY = inject('dataKey')
