import type { Paragraph } from '../../src/schemas/index.ts';
import type { AttributedQuote, Finding, Mention, QuoteSpan } from './types.ts';

/** Finds who said each quotation. (Placeholder: nobody.) */
export function attributeQuotes(
  paragraphs: Paragraph[],
  quotes: QuoteSpan[],
): { quotes: AttributedQuote[]; mentions: Mention[]; findings: Finding[] } {
  return {
    quotes: quotes.map((q) => ({ ...q, mention: null, cue: null, attribution: 'none' as const })),
    mentions: [],
    findings: [],
  };
}
