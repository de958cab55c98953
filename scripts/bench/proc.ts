// Memory of a process tree, read from Linux's /proc (there is no /usr/bin/time -v here): the parsers
// are pure, `sampleTree` reads the files.
import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of one process, in kilobytes: now (VmRSS) and its high-water mark (VmHWM). */
export interface MemoryKb {
  rss: number;
  hwm: number;
}

/** Reads VmRSS and VmHWM from the text of /proc/<pid>/status (0 when absent, as for a zombie). */
export function parseProcStatus(text: string): MemoryKb {
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
  return { rss: field('VmRSS'), hwm: field('VmHWM') };
}

/** The parent pid from the text of /proc/<pid>/stat (the command name may hold spaces and parentheses). */
export function parseStatParent(text: string): number {
  const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return Number(rest[1]);
}

/** CPU clock ticks from the text of /proc/<pid>/stat: the process's own (utime + stime) and its reaped children's (cutime + cstime). */
export function parseStatCpuTicks(text: string): number {
  const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // rest[0] is field 3; utime, stime, cutime, cstime are fields 14 to 17.
  return Number(rest[11]) + Number(rest[12]) + Number(rest[13]) + Number(rest[14]);
}

/** The root and all its descendants, given each process's parent. */
export function descendantsOf(root: number, parentOf: Map<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parentOf) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/**
 * A process tree now: the sum of current RSS over its processes, each process's high-water mark, and the CPU
 * seconds the tree has used so far (live processes' own time plus the time of children they have reaped).
 */
export function sampleTree(root: number): { totalRssKb: number; hwmKb: Map<number, number>; cpuSeconds: number } {
  const parentOf = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parentOf.set(Number(name), parseStatParent(stat));
      ticks.set(Number(name), parseStatCpuTicks(stat));
    } catch {
      // the process ended while we looked
    }
  }
  let cpuTicks = 0;
  let totalRssKb = 0;
  const hwmKb = new Map<number, number>();
  for (const pid of descendantsOf(root, parentOf)) {
    try {
      const m = parseProcStatus(readFileSync(`/proc/${pid}/status`, 'utf8'));
      totalRssKb += m.rss;
      cpuTicks += ticks.get(pid) ?? 0;
      hwmKb.set(pid, m.hwm);
    } catch {
      // ended
    }
  }
  return { totalRssKb, hwmKb, cpuSeconds: cpuTicks / 100 };
}
