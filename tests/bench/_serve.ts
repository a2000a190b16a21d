import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { hashToken, newToken } from '../../server/utils/tokens'
import { startBenchStack } from './stack'

const { prisma, server } = await startBenchStack({ name: 'serve', demo: true, env: { DATA_KEY: randomBytes(32).toString('base64'), NODE_OPTIONS: process.env.PROF ? '--import=/tmp/prof-hook.mjs' : '' } })
const session = async (email: string) => {
  const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } })
  const token = newToken()
  await prisma.session.create({ data: { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 86_400_000) } })
  return `sh_session=${token}`
}
writeFileSync('/tmp/prof/serve.json', JSON.stringify({ base: server.baseUrl, ent: await session('entrepreneur@demo.starthub.cn'), staff: await session('staff@demo.starthub.cn') }))
console.log('ready', server.baseUrl)
await new Promise(() => {})
