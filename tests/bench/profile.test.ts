import { describe, expect, it } from 'vitest';
import { stageOf, stageTimes, type CpuProfile } from '../../scripts/bench/profile.ts';

describe('stageOf', () => {
  it.each([
    ['file:///x/scripts/pipeline/03-clean.ts', '03-clean'],
    ['file:///x/scripts/pipeline/clean/lines.ts', 'clean/'],
    ['file:///x/scripts/lib/write-outputs.ts', 'lib/write-outputs'],
    ['file:///x/scripts/ingest.ts', 'ingest'],
    ['file:///x/node_modules/zod/v4/core/parse.js', null],
    ['', null],
  ])('puts %s in %s', (url, stage) => {
    expect(stageOf(url)).toBe(stage);
  });
});

describe('stageTimes', () => {
  it('charges library and native time to the nearest project file on the stack, and GC apart', () => {
    const frame = (functionName: string, url: string) => ({ functionName, url });
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)', ''), children: [2, 6] },
        { id: 2, callFrame: frame('main', 'file:///x/scripts/ingest.ts'), children: [3] },
        { id: 3, callFrame: frame('cleanArticle', 'file:///x/scripts/pipeline/03-clean.ts'), children: [4] },
        { id: 4, callFrame: frame('parse', 'file:///x/node_modules/zod/index.js'), children: [5] },
        { id: 5, callFrame: frame('RegExp: a+', ''), children: [] },
        { id: 6, callFrame: frame('(garbage collector)', ''), children: [] },
      ],
      samples: [5, 4, 3, 2, 6, 1],
      timeDeltas: [1000, 1000, 1000, 2000, 3000, 500],
    };
    expect(stageTimes(profile)).toEqual([
      ['03-clean', 3],
      ['(gc)', 3],
      ['ingest', 2],
      ['(other)', 0.5],
    ]);
  });

  it('counts a waiting thread (worker threads busy) as idle, not as other work', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '' }, children: [2] },
        { id: 2, callFrame: { functionName: '(idle)', url: '' }, children: [] },
      ],
      samples: [2, 1],
      timeDeltas: [4000, 1000],
    };
    expect(stageTimes(profile)).toEqual([['(idle)', 4], ['(other)', 1]]);
  });
});
