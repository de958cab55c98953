// Line features for telling article text from page furniture (after jusText's idea:
// prose is long, punctuated and dense in function words; menus are short and bare).

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

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;
const WIDE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/gu;
const WIDE_ANY = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/u;
// A capital letter that starts a word (the word pattern's first character after a non-word character).
const CAPITAL_START = /(?:^|[^\p{L}\p{N}'’_-])\p{Lu}/gu;

/** Measures one line. Linear in its length. */
export function lineFeatures(raw: string): LineFeatures {
  const text = raw.replace(/\s+/g, ' ').trim();
  // Tokens from the lower-cased text (one allocation for the case change, not one per word).
  const lower = text.toLowerCase();
  const tokens = lower.match(WORD) ?? [];
  let stops = 0;
  for (const t of tokens) if (STOPWORDS.has(t)) stops++;
  const caps = text.match(CAPITAL_START)?.length ?? 0;
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const wideChars = WIDE_ANY.test(sample) ? sample.match(WIDE)?.length ?? 0 : 0;
  const tail = text.slice(-4);
  return {
    text,
    chars: text.length,
    words: tokens.length,
    stopRatio: tokens.length ? stops / tokens.length : 0,
    endsSentence: /[.!?…。！？]["'”’»)\]]*$/.test(tail) || /[.!?]["”’]\s*$/.test(tail),
    sentenceBreaks: (text.match(/[.!?。！？]["”’]?\s+["“‘]?\p{Lu}/gu) ?? []).length,
    bullet: /^[•·▪●◦‣∙*–—-]\s/.test(text),
    capitalRatio: tokens.length ? Math.min(1, caps / tokens.length) : 0,
    wideChars,
  };
}

/** Effective length in "words", counting two wide (CJK) characters as one word. */
export function wordWeight(f: LineFeatures): number {
  return f.words + Math.floor(f.wideChars / 2);
}
