import type { Finding, QuoteSpan } from './types.ts';
import type { Paragraph } from '../../src/schemas/index.ts';

/** Finds the quotations in the paragraphs. (Placeholder: curly double quotes only.) */
export function findQuotes(paragraphs: Paragraph[]): { quotes: QuoteSpan[]; findings: Finding[] } {
  const quotes: QuoteSpan[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const m of p.text.matchAll(/“([^”]+)”/g)) {
      const start = m.index + 1;
      quotes.push({ paragraph, start, end: start + m[1].length, text: m[1], kind: 'direct', line: p.line, closed: true });
    }
  });
  return { quotes, findings: [] };
}
