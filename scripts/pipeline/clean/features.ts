// Line features for telling article text from page furniture (after jusText's idea:
// prose is long, punctuated and dense in function words; menus are short and bare).
import { CAPITAL, classOf, INNER, LETTER } from '../attribute/chars.ts';

// Function words of the languages most pages are in; a language not listed simply
// has no stop-word signal and is judged on length and punctuation.
const STOPWORDS = new Set(
  (
    // English
    'a about after against all also an and any are as at be because been before being between both but by can could did do does during each for from had has have he her here him his how i if in into is it its just more most my no not now of on once only or other our out over own said same she should so some such than that the their them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your ' +
    // French
    'au aux avec ce ces dans de des du elle en est et il ils je la le les leur lui mais me même mes moi mon ne nos notre nous ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous été être avoir ont sont ' +
    // German
    'aber als auch auf aus bei bin bis das dass dem den der des die doch dort durch ein eine einem einen einer eines er es für hat hatte ich ihr im ist ja kann mit nach nicht noch nur oder sich sie sind so über um und uns von vor war was wie wir wird zu zum zur ' +
    // Spanish / Portuguese / Italian
    'al como con del el ella ellos era es esta este fue hay las lo los más muy nos para pero por porque se ser sin sobre son su sus también una uno y ya às ao aos com da das dos ele em foi isso mais mas na nas não no nos num numa os pela pelo quando seu sua também um uma ai alla che della di gli ha il nel non per più sono tra ' +
    // Dutch
    'aan bij dat deze die dit een en het hij in is met naar niet om ook op te van voor was wat worden zijn'
  ).split(' '),
);

/** What the cleaner knows about one line of text. */
export interface LineFeatures {
  /** Normalised text: one line, single spaces. */
  text: string;
  chars: number;
  words: number;
  /** Share of words that are function words (0 when the language has none listed). */
  stopRatio: number;
  /** Ends like a sentence: . ! ? … or a closing quotation mark after one. */
  endsSentence: boolean;
  /** Sentence ends inside the line (". A", "? The"). */
  sentenceBreaks: number;
  /** Starts with a list bullet (• · ▪ – - *). */
  bullet: boolean;
  /** Share of words starting with a capital letter. */
  capitalRatio: number;
  /** Counts for scripts written without spaces (CJK, Thai), where words undercount. */
  wideChars: number;
}

const WIDE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/gu;
const WIDE_ANY = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/u;
const SENTENCE_BREAK = /[.!?。！？]["”’]?\s+["“‘]?\p{Lu}/gu;
/** The longest function word, in UTF-16 units: a longer word is never looked up. */
const LONGEST_STOPWORD = Math.max(...[...STOPWORDS].map((w) => w.length));

// Words and capitals are counted in one pass over the characters rather than with patterns: this runs on every line
// of every page.

/** Words of a lower-cased line (a letter or digit, then letters, digits, ' ’ _ -), and how many are function words. */
function countWords(lower: string): { words: number; stops: number } {
  let words = 0, stops = 0;
  let start = -1;
  for (let i = 0; i <= lower.length; ) {
    const cp = i < lower.length ? lower.codePointAt(i)! : -1;
    const size = cp > 0xffff ? 2 : 1;
    const c = cp < 0 ? 0 : classOf(cp);
    if (start >= 0 && !(c & INNER)) {
      words++;
      if (i - start <= LONGEST_STOPWORD && STOPWORDS.has(lower.slice(start, i))) stops++;
      start = -1;
    }
    if (start < 0 && c & LETTER) start = i;
    i += size;
  }
  return { words, stops };
}

/** Capitals that start a word: /(?:^|[^\p{L}\p{N}'’_-])\p{Lu}/gu matches, counted. */
function countCapitalStarts(text: string): number {
  let caps = 0;
  let prevInner = false;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const c = classOf(cp);
    if (c & CAPITAL && !prevInner) caps++;
    prevInner = (c & INNER) !== 0;
    i += cp > 0xffff ? 2 : 1;
  }
  return caps;
}

/** White space that is not one plain space: a tab, a break, a run. */
const ODD_SPACE = /[^\S ]| {2}/;

/** Measures one line. Linear in its length. */
export function lineFeatures(raw: string): LineFeatures {
  // Most lines have single spaces only, and replacing each of them with itself would copy the line for nothing.
  const text = (ODD_SPACE.test(raw) ? raw.replace(/\s+/g, ' ') : raw).trim();
  // Words from the lower-cased text (one allocation for the case change, not one per word).
  const lower = text.toLowerCase();
  const { words, stops } = countWords(lower);
  const caps = countCapitalStarts(text);
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const wideChars = WIDE_ANY.test(sample) ? sample.match(WIDE)?.length ?? 0 : 0;
  const tail = text.slice(-4);
  return {
    text,
    chars: text.length,
    words,
    stopRatio: words ? stops / words : 0,
    endsSentence: /[.!?…。！？]["'”’»)\]]*$/.test(tail) || /[.!?]["”’]\s*$/.test(tail),
    sentenceBreaks: (text.match(SENTENCE_BREAK) ?? []).length,
    bullet: /^[•·▪●◦‣∙*–—-]\s/.test(text),
    capitalRatio: words ? Math.min(1, caps / words) : 0,
    wideChars,
  };
}

/** Effective length in "words", counting two wide (CJK) characters as one word. */
export function wordWeight(f: LineFeatures): number {
  return f.words + Math.floor(f.wideChars / 2);
}
