// A story's title and id, computed from what its articles share: the quotation that most of them
// carried, in the version whose words the headlines echo, and the person who said it.
import { matchTokens } from '../quote-align.ts';
import { isContentWord } from '../stopwords.ts';

/** What the label reads: the story's headlines and standfirsts, and candidate quote versions. */
export interface LabelInput {
  headlines: string[];
  /** Versions of the most widely carried quotations (texts as printed). */
  versions: string[];
  /** Display name of the main speaker, when known. */
  speaker: string | null;
}

/** Longest quotation version a title shows whole; longer ones are cut. */
export const TITLE_QUOTE_WORDS = 12;

const trimQuote = (text: string) => text.trim().replace(/^[\s“”"‘’'(]+|[\s,;:.“”"‘’')]+$/g, '');

/** The version whose content words the headlines use most (ties: the shorter, then the earlier), as the title's quotation. */
export function pickTitleQuote(headlines: string[], versions: string[]): string | null {
  const headlineWords = new Set(headlines.flatMap(matchTokens));
  let best: { text: string; score: number; words: number } | null = null;
  for (const v of versions) {
    const words = matchTokens(v);
    const content = words.filter(isContentWord);
    if (words.length < 3 || content.length === 0) continue;
    const score = content.filter((w) => headlineWords.has(w)).length / content.length;
    if (!best || score > best.score || (score === best.score && words.length < best.words)) best = { text: v, score, words: words.length };
  }
  if (!best) return null;
  const printed = trimQuote(best.text).split(/\s+/);
  return printed.length <= TITLE_QUOTE_WORDS ? printed.join(' ') : `${printed.slice(0, TITLE_QUOTE_WORDS - 2).join(' ')}…`;
}

/** The story's title: `Speaker: “quotation”`, the quotation alone, or null when the story shares none. */
export function storyTitle(input: LabelInput): string | null {
  const quote = pickTitleQuote(input.headlines, input.versions);
  if (!quote) return null;
  return input.speaker ? `${input.speaker}: “${quote}”` : `“${quote}”`;
}
