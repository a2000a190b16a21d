/**
 * Seeds an empty database: cities always (idempotent), demo accounts only outside production.
 * Prints progress as it goes.
 */
import { hash } from '@node-rs/argon2'
import { createPrismaClient } from '../../server/utils/prisma'
import { ARGON2_OPTIONS } from '../../server/utils/password'
import { CITIES, DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed-data'
import { PROJECT_CATEGORIES } from './project-generator'
import { seedDemoProjects } from './seed-projects'
import { seedDemoMentors } from './seed-mentors'
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { seedDemoOrganisations, seedLoanReference } from './seed-loans'
import { seedDemoInstitutions, seedDemoTrainings, seedTrainingReference } from './seed-trainings'
import { seedDemoCases } from './seed-cases'
import { seedDemoStories } from './seed-stories'
import { seedDemoAwards } from './seed-awards'

export const DEMO_PROJECT_COUNT = 220

export interface SeedOptions {
  demo: boolean
  onProgress?: (line: string) => void
  /** the key of personal numbers (DATA_KEY): without it the demo has no loan applications */
  dataKey?: string
}

/**
 * The demo loan applications (scripts/db/seed-loans-demo.ts) in a process of their own: they are
 * made through the loan services, which use the server's one Prisma client (from DATABASE_URL).
 */
function seedDemoLoans(databaseUrl: string, dataKey: string | undefined, say: (line: string) => void): void {
  if (!dataKey) {
    say('loans          skipped: no DATA_KEY to encrypt the demo ID numbers with')
    return
  }
  const tsx = createRequire(import.meta.url).resolve('tsx/cli')
  const script = fileURLToPath(new URL('./seed-loans-demo.ts', import.meta.url))
  const run = spawnSync(process.execPath, [tsx, script], { env: { ...process.env, DATABASE_URL: databaseUrl, DATA_KEY: dataKey, RUN_JOBS: '0', STARTHUB_QUIET: '1' }, encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`demo loans failed:\n${run.stderr || run.stdout}`)
  for (const line of run.stdout.split('\n').filter(Boolean)) say(line.replace(/^\[seed\] /, ''))
}

function bar(done: number, total: number): string {
  const width = 20
  const filled = Math.round((done / total) * width)
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`
}

export async function seed(databaseUrl: string, opts: SeedOptions): Promise<{ seededDemo: boolean }> {
  const say = opts.onProgress ?? (() => {})
  const prisma = createPrismaClient(databaseUrl)
  try {
    for (const [i, { parent: _p, ...c }] of CITIES.entries()) {
      await prisma.city.upsert({ where: { code: c.code }, create: { ...c, sortOrder: i }, update: { nameZh: c.nameZh, nameEn: c.nameEn, level: c.level, sortOrder: i } })
    }
    for (const c of CITIES) {
      const parent = c.parent ? await prisma.city.findUniqueOrThrow({ where: { code: c.parent }, select: { id: true } }) : null
      await prisma.city.update({ where: { code: c.code }, data: { parentId: parent?.id ?? null } })
    }
    say(`cities         ${bar(CITIES.length, CITIES.length)}`)
    for (const [i, c] of PROJECT_CATEGORIES.entries()) {
      await prisma.projectCategory.upsert({ where: { code: c.code }, create: { ...c, sortOrder: i }, update: { nameZh: c.nameZh, nameEn: c.nameEn, sortOrder: i } })
    }
    say(`categories     ${bar(PROJECT_CATEGORIES.length, PROJECT_CATEGORIES.length)}`)
    await seedLoanReference(prisma)
    say(`loan rules     ${bar(1, 1)}`)
    await seedTrainingReference(prisma)
    say(`courses        ${bar(1, 1)}`)
    if (!opts.demo) return { seededDemo: false }
    if (await prisma.user.count() > 0) {
      // a demo database from before the one-stop cases existed gets its cases (once: none exist yet)
      if (await prisma.user.count({ where: { email: 'entrepreneur@demo.starthub.cn' } }) && !(await prisma.case.count())) {
        await seedDemoCases(prisma, await hash(DEMO_PASSWORD, ARGON2_OPTIONS), (done, total) => say(`cases          ${bar(done, total)}`))
      }
      // and its demo award round (once: none exists yet)
      if (await prisma.user.count({ where: { email: 'staff@demo.starthub.cn' } })) await seedDemoAwards(prisma, 'staff@demo.starthub.cn', 'mentor@demo.starthub.cn')
      return { seededDemo: false }
    }
    const passwordHash = await hash(DEMO_PASSWORD, ARGON2_OPTIONS)
    const organisations = new Map([...await seedDemoOrganisations(prisma), ...await seedDemoInstitutions(prisma)])
    for (const [i, a] of DEMO_ACCOUNTS.entries()) {
      const city = await prisma.city.findUniqueOrThrow({ where: { code: a.city } })
      const organisationId = 'organisation' in a ? organisations.get(a.organisation) ?? null : null
      await prisma.user.create({
        data: {
          email: a.email, name: a.name, passwordHash, emailVerifiedAt: new Date(), cityId: city.id,
          roles: { create: [{ role: a.role, organisationId, supervisor: a.role !== 'ENTREPRENEUR' && a.role !== 'PROVIDER' && a.role !== 'MENTOR' }] },
        },
      })
      say(`demo accounts  ${bar(i + 1, DEMO_ACCOUNTS.length)}`)
    }
    await seedDemoProjects(prisma, DEMO_PROJECT_COUNT, (done, total) => say(`projects       ${bar(done, total)}`), passwordHash)
    await seedDemoMentors(prisma, passwordHash, (done, total) => say(`mentors        ${bar(done, total)}`))
    await seedDemoCases(prisma, passwordHash, (done, total) => say(`cases          ${bar(done, total)}`))
    await seedDemoTrainings(prisma, 'trainer@demo.starthub.cn', 'staff@demo.starthub.cn')
    say(`trainings      ${bar(1, 1)}`)
    await seedDemoStories(prisma)
    say(`stories        ${bar(1, 1)}`)
    await seedDemoAwards(prisma, 'staff@demo.starthub.cn', 'mentor@demo.starthub.cn')
    say(`awards         ${bar(1, 1)}`)
    seedDemoLoans(databaseUrl, opts.dataKey ?? process.env.DATA_KEY, say)
    return { seededDemo: true }
  }
  finally {
    await prisma.$disconnect()
  }
}
