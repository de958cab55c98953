import { describe, expect, it } from 'vitest';
import { descendantsOf, parseProcStatus, parseStatCpuTicks, parseStatParent, sampleTree } from '../../scripts/bench/proc.ts';

describe('parseProcStatus', () => {
  it('reads the current and peak resident memory', () => {
    const text = 'Name:\tnode\nVmPeak:\t 1200000 kB\nVmHWM:\t  512000 kB\nVmRSS:\t  256000 kB\nThreads:\t11\n';
    expect(parseProcStatus(text)).toEqual({ rss: 256000, hwm: 512000 });
  });

  it('gives zeros for a process without memory fields (a zombie)', () => {
    expect(parseProcStatus('Name:\tsh\nState:\tZ (zombie)\n')).toEqual({ rss: 0, hwm: 0 });
  });
});

describe('parseStatParent', () => {
  it('reads the parent even when the command name holds spaces and parentheses', () => {
    expect(parseStatParent('4242 (node (worker) x) S 4100 4242 4100 0 -1')).toBe(4100);
  });
});

describe('descendantsOf', () => {
  it('finds children and grandchildren, not siblings', () => {
    const parents = new Map([
      [2, 1],
      [3, 2],
      [4, 3],
      [5, 1],
      [6, 99],
    ]);
    expect(descendantsOf(2, parents).sort()).toEqual([2, 3, 4]);
  });
});

describe('sampleTree', () => {
  it('measures this process', () => {
    const s = sampleTree(process.pid);
    expect(s.totalRssKb).toBeGreaterThan(1000);
    expect(s.hwmKb.get(process.pid)).toBeGreaterThanOrEqual(s.totalRssKb > 0 ? 1 : 0);
  });
});

describe('parseStatCpuTicks', () => {
  it('adds the process’s own and its reaped children’s user and system ticks', () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
    expect(parseStatCpuTicks('77 (node (x)) S 1 77 77 0 -1 4194560 100 0 0 0 250 30 1000 200 20 0 11 0')).toBe(1480);
  });
});
