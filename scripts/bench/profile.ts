// Per-stage timing from a V8 CPU profile of the build script: every sample is charged to the nearest
// project file on its stack (so time in a regular expression or in zod counts for the stage that called it).

/** The parts of a V8 .cpuprofile this reads. */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

/** The stage a source file belongs to: `pipeline/03-clean.ts` → `03-clean`, `pipeline/clean/lines.ts` → `clean/`, `lib/write-outputs.ts` → `lib/write-outputs`. Null outside the project's scripts. */
export function stageOf(url: string): string | null {
  const m = /\/scripts\/((?:[\w.-]+\/)*?)([\w.-]+)\.ts$/.exec(url.replace(/^file:\/\//, ''));
  if (!m || url.includes('/node_modules/')) return null;
  const dirs = m[1].split('/').filter(Boolean);
  if (dirs[0] === 'pipeline' && dirs.length > 1) return `${dirs[1]}/`;
  if (dirs[0] === 'pipeline') return m[2];
  return [...dirs, m[2]].join('/');
}

/** Milliseconds per stage (plus `(gc)`, `(idle)` and `(other)`), largest first. */
export function stageTimes(profile: CpuProfile): Array<[string, number]> {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const stageOfNode = new Map<number, string>();
  const resolve = (id: number): string => {
    const known = stageOfNode.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    let stage: string;
    if (node.callFrame.functionName === '(garbage collector)') stage = '(gc)';
    // A thread waiting (the main thread while worker threads analyse) uses no CPU.
    else if (node.callFrame.functionName === '(idle)') stage = '(idle)';
    else {
      const own = stageOf(node.callFrame.url);
      const up = parent.get(id);
      stage = own ?? (up === undefined ? '(other)' : resolve(up));
    }
    stageOfNode.set(id, stage);
    return stage;
  };
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const stage = resolve(id);
    totals.set(stage, (totals.get(stage) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}
