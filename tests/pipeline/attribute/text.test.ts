import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../../scripts/pipeline/attribute/matches.ts';
import { fold, isCapitalised, tokens } from '../../../scripts/pipeline/attribute/text.ts';

describe('matchesOf gives what matchAll gives', () => {
  it.each<[RegExp, string]>([
    [/\b(?:said|told)\b/g, 'He said she told them, and said so.'],
    [/x*/g, 'axxb'],
    [/x*/gu, 'a😀xb'],
    [/(\p{Lu})\w*/gu, 'Le Yucheng met Wang Yi'],
    [/z/g, 'no match here'],
  ])('%s on %s', (re, text) => {
    const expected = [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, ...m]);
    expect(matchesOf(re, text).map((m) => [m.index, ...m])).toEqual(expected);
    expect(re.lastIndex).toBe(0);
  });
});

describe('tokens reads words as its pattern defines them', () => {
  // The definition the hand-written walk must agree with, final-full-stop rule included.
  const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}’'\-.]*[\p{L}\p{N}])?\.?/gu;
  const byPattern = (text: string, from: number, to: number) => {
    const out: Array<{ text: string; start: number; end: number }> = [];
    WORD.lastIndex = from;
    for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
      let w = m[0];
      if (w.endsWith('.') && !/^(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sen|Rep|Gov|Amb|St|Jr|Sr|Adm|Capt|Sgt|Maj|Cmdr|Rev|Hon|No|Co|Inc|Ltd|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc)\.$/.test(w) && !/^(?:\p{L}\.)+\p{L}?\.?$/u.test(w)) w = w.slice(0, -1);
      out.push({ text: w, start: m.index, end: m.index + w.length });
    }
    return out;
  };
  const texts = [
    'Mr. Wang told the U.S. envoy: “No.” Sen. Roger F. Wickham, R-Ohio, said the 3.5% rise was “well-known”.',
    'China’s vice-foreign minister Le Yucheng — a self-described hawk — said it was the end... Really?',
    'Émilie Durand-Lefèvre, 72, of Saint-Étienne said ’twas fine -- A.B.C. x.-y. a.b 2.0.1.',
    'Ω Ελλάδα: Москва, 北京 and 𝐁old 😀 letters; Wang.',
    '',
  ];
  it.each(texts)('%s', (text) => {
    for (const [from, to] of [[0, text.length], [3, text.length], [5, 40], [17, 18], [0, 0]] as const) {
      expect(tokens(text, from, Math.min(to, text.length))).toEqual(byPattern(text, from, Math.min(to, text.length)));
    }
  });
});

describe('isCapitalised is /^\\p{Lu}/u', () => {
  it.each(['Wang', 'wang', 'Élysée', 'élysée', 'Ǆemal', 'Σ', '𝐀bc', '𝐚bc', '1st', '“Quoted', '', 'İstanbul'])('%s', (w) => {
    expect(isCapitalised(w)).toBe(/^\p{Lu}/u.test(w));
  });
});

describe('fold is lower case with curly apostrophes straightened', () => {
  // Plain words, ASCII capitals (the toLowerCase path) and words outside ASCII (the memo path), each asked twice.
  it.each(['said', 'China', 'U.S.', 'NATO', 'Le’s', 'O‘Brien', 'Élysée', 'İstanbul', 'Москва', '𝐁old', "don't", ''])('%s', (w) => {
    const expected = w.toLowerCase().replace(/[’‘]/g, "'");
    expect(fold(w)).toBe(expected);
    expect(fold(w)).toBe(expected);
  });
});
