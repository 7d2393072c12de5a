import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Messages between a chat bench and a server it started in its own process (bench/chat/child.ts). */
export type ChildRequest = { type: 'cpu'; id: number } | { type: 'stop' };
export type ChildReply =
  | { type: 'ready'; url: string; accountId?: string; engineerEmail?: string }
  | { type: 'cpu'; id: number; seconds: number };

export interface BenchChild {
  pid: number;
  url: string;
  /** Ours only: the account the server answers for and its engineer (the bench's Slack user). */
  accountId: string | undefined;
  engineerEmail: string | undefined;
  /** CPU seconds (user + system) the child has used so far, by its own process.cpuUsage(). */
  cpuSeconds(): Promise<number>;
  /** Graceful stop; SIGKILL if it has not exited within 10 s. */
  close(): Promise<void>;
}

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const live = new Set<ChildProcess>();
let guarded = false;

/** However the bench ends (an error, Ctrl-C, process.exit), no child outlives it. */
function guardExit() {
  if (guarded) return;
  guarded = true;
  process.once('exit', () => {
    for (const child of live) child.kill('SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      for (const child of live) child.kill('SIGKILL');
      process.exit(130);
    });
}

/**
 * Starts bench/chat/child.ts as `role` in a process of its own (Node with tsx's loader, like
 * bench:scale's servers) with exactly `env` plus PATH, and waits for it to listen.
 */
export async function startBenchChild(
  role: 'ours' | 'bare',
  env: Record<string, string>,
): Promise<BenchChild> {
  guardExit();
  const child = fork(CHILD, [role], {
    cwd: ROOT,
    // BENCH_BURST_CPU_PROF=<dir>: each server writes a V8 CPU profile there on exit (open it in Chrome
    // DevTools' Performance panel) — where a mention's CPU goes.
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.BENCH_BURST_CPU_PROF
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_BURST_CPU_PROF}`]
        : []),
    ],
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  live.add(child);
  child.on('error', (error) => console.error(`bench child (${role}):`, error));
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      live.delete(child);
      resolve();
    }),
  );
  const ready = await new Promise<Extract<ChildReply, { type: 'ready' }>>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`bench child (${role}) not ready within 180 s`)),
      180_000,
    );
    child.on('message', (message: ChildReply) => {
      if (message.type !== 'ready') return;
      clearTimeout(timer);
      resolve(message);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`bench child (${role}) exited before it was ready (${signal ?? `code ${code}`})`));
    });
  }).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  let nextId = 0;
  return {
    pid: child.pid ?? 0,
    url: ready.url,
    accountId: ready.accountId,
    engineerEmail: ready.engineerEmail,
    cpuSeconds() {
      const id = ++nextId;
      return new Promise<number>((resolve, reject) => {
        const onMessage = (message: ChildReply) => {
          if (message.type !== 'cpu' || message.id !== id) return;
          child.off('message', onMessage);
          resolve(message.seconds);
        };
        child.on('message', onMessage);
        child.send({ type: 'cpu', id } satisfies ChildRequest, (error) => {
          if (!error) return;
          child.off('message', onMessage);
          reject(error);
        });
      });
    },
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.send({ type: 'stop' } satisfies ChildRequest, (error) => {
        if (error) child.kill('SIGKILL');
      });
      await exited;
      clearTimeout(timer);
    },
  };
}
