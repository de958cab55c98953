// Runs the project's CLIs as a user would (a child process on the test's Node), with a time limit.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX_CLI = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** What a run printed and how it ended. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** True when the run was killed for taking longer than the limit (a hang). */
  timedOut: boolean;
  ms: number;
}

/** Runs `scripts/<script>` with tsx and the given arguments; kills it after `timeoutMs`. */
export function runScript(script: string, args: string[], options: { timeoutMs?: number; env?: Record<string, string> } = {}): Promise<CliRun> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [TSX_CLI, join('scripts', script), ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a hang can be killed with tsx's own child (which holds the pipes open).
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, options.timeoutMs ?? 60_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, timedOut, ms: Date.now() - started });
    });
  });
}

/** Runs the ingest CLI. */
export const runIngest = (args: string[], options?: { timeoutMs?: number; env?: Record<string, string> }) => runScript('ingest.ts', args, options);

/** Runs `jobs` with at most `limit` at a time (child processes compete for few cores). */
export async function pool<T>(jobs: Array<() => Promise<T>>, limit = Math.max(2, availableParallelism())): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

/** True when the output shows a stack trace or an uncaught exception, which a user must never see. */
export function showsStackTrace(text: string): boolean {
  return /^\s+at .+(\(|:\d+:\d+)/m.test(text) || /node:internal|Uncaught|^\w*Error: /m.test(text) || /\.(ts|mjs|js):\d+:\d+/.test(text);
}
