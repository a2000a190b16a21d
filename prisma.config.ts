import { defineConfig } from 'prisma/config'

// Used by the Prisma CLI (generate, and `migrate status|deploy` on machines that can run
// Prisma's native engine). StartHub's own scripts read DATABASE_URL themselves.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/starthub' },
})
