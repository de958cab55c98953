// Runs a command as a child process and measures it: wall time, peak memory of its whole process
// tree (sampled from /proc), and its output line by line (for progress and a log).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sampleTree } from './proc.ts';

/** What a measured run gives back. */
export interface Measured {
  seconds: number;
  /** CPU seconds (user + system) of the child and every descendant it waited for: a figure that other work on the machine disturbs less than wall time. */
  cpuSeconds: number;
  /** Peak memory in MB: the larger of the highest summed RSS of the tree at one moment and the highest single-process high-water mark. */
  peakMb: number;
  code: number;
  /** Samples over time: [seconds since start, MB summed over the process tree, CPU seconds of the tree so far]. */
  memory: Array<[number, number, number]>;
  /** The last lines of output (for error messages). */
  tail: string[];
  /** Every output line with the seconds since start. */
  lines: Array<[number, string]>;
}

/** Options of a measured run. */
export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Called for each output line (stdout and stderr). */
  onLine?: (line: string, seconds: number) => void;
  /** Sampling interval of memory, in ms. */
  intervalMs?: number;
}

/** Runs `command args` and measures it. Never throws for a failing command: `code` says. */
export function runMeasured(command: string, args: string[], options: RunOptions): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpuBefore = childrenCpuSeconds();
    const elapsed = () => (performance.now() - started) / 1000;
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let peakSumKb = 0;
    const memory: Array<[number, number, number]> = [];
    const hwm = new Map<number, number>();
    const sample = () => {
      if (child.pid === undefined) return;
      const s = sampleTree(child.pid);
      peakSumKb = Math.max(peakSumKb, s.totalRssKb);
      memory.push([elapsed(), s.totalRssKb / 1024, s.cpuSeconds]);
      for (const [pid, kb] of s.hwmKb) hwm.set(pid, Math.max(hwm.get(pid) ?? 0, kb));
    };
    const timer = setInterval(sample, options.intervalMs ?? 100);
    const lines: Array<[number, string]> = [];
    const onData = (buffer: { rest: string }) => (chunk: Buffer) => {
      const text = buffer.rest + chunk.toString('utf8');
      const parts = text.split('\n');
      buffer.rest = parts.pop() ?? '';
      for (const line of parts) {
        const t = elapsed();
        lines.push([t, line]);
        options.onLine?.(line, t);
      }
    };
    const out = { rest: '' };
    const err = { rest: '' };
    child.stdout.on('data', onData(out));
    child.stderr.on('data', onData(err));
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      for (const b of [out, err]) if (b.rest) lines.push([elapsed(), b.rest]);
      const peakKb = Math.max(peakSumKb, ...hwm.values(), 0);
      resolve({ seconds: elapsed(), cpuSeconds: childrenCpuSeconds() - cpuBefore, peakMb: peakKb / 1024, code: code ?? 1, memory, tail: lines.slice(-30).map(([, l]) => l), lines });
    });
  });
}

/** CPU seconds used by this process's waited-for children so far (cutime + cstime of /proc/self/stat, in clock ticks of 1/100 s). */
export function childrenCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8');
  const rest = fields.slice(fields.lastIndexOf(')') + 2).split(' ');
  // rest[0] is field 3 (state); cutime and cstime are fields 16 and 17.
  return (Number(rest[13]) + Number(rest[14])) / 100;
}

/** Bytes and files under a folder, and how many are HTML pages. */
export function dirStats(dir: string): { bytes: number; files: number; pages: number } {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        files++;
        bytes += statSync(p).size;
        if (e.name.endsWith('.html')) pages++;
      }
    }
  };
  walk(dir);
  return { bytes, files, pages };
}
