import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'
import { trackChild } from '../../scripts/lib/services'

export interface RunningServer {
  baseUrl: string
  /** the server's process id (benchmarks read its peak memory) */
  pid: number | undefined
  log: () => string
  stop: () => Promise<void>
  /** kills the process at once (SIGKILL: no shutdown, no release of its jobs) and waits for it to exit */
  kill: () => Promise<void>
}

const root = resolve(import.meta.dirname, '../..')

/**
 * Starts the built StartHub server (.output) with the given environment and waits until it answers;
 * `nodeArgs` go to its node (a CPU profile: `--cpu-prof`, tests/bench/profile.ts).
 */
export async function startBuiltServer(port: number, env: Record<string, string>, ready: (res: Response) => Promise<boolean> = async res => res.status < 500 || res.status === 503, nodeArgs: string[] = []): Promise<RunningServer> {
  const baseUrl = `http://localhost:${port}`
  const server: ChildProcess = trackChild(spawn(process.execPath, [...nodeArgs, resolve(root, '.output/server/index.mjs')], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', APP_URL: baseUrl, NUXT_PUBLIC_I18N_BASE_URL: baseUrl, STARTHUB_QUIET: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  }))
  const lines: string[] = []
  server.stdout?.on('data', (d: Buffer) => lines.push(d.toString()))
  server.stderr?.on('data', (d: Buffer) => lines.push(d.toString()))
  const deadline = Date.now() + 60_000
  while (true) {
    try {
      if (await ready(await fetch(`${baseUrl}/api/health`))) break
    }
    catch { /* starting */ }
    if (server.exitCode !== null || Date.now() > deadline) {
      server.kill('SIGKILL')
      throw new Error(`StartHub server did not start:\n${lines.join('').slice(-3000)}`)
    }
    await new Promise(r => setTimeout(r, 200))
  }
  const exited = new Promise<void>(done => server.once('exit', () => done()))
  return {
    baseUrl,
    pid: server.pid,
    log: () => lines.join(''),
    kill: async () => {
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL')
      await exited
    },
    stop: () => new Promise<void>((done) => {
      if (server.exitCode !== null || server.signalCode !== null) return done()
      const timer = setTimeout(() => {
        server.kill('SIGKILL')
        done()
      }, 8000)
      server.once('exit', () => {
        clearTimeout(timer)
        done()
      })
      server.kill('SIGTERM')
    }),
  }
}
