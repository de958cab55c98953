import type { Cleaned } from './types.ts';

/** Finds the article in the text: headline, standfirst, body paragraphs; everything else is `removed` with a role. (Placeholder: keeps every non-blank line.) */
export function cleanArticle(body: string, lineOffset: number): Cleaned {
  const lines = body.split('\n');
  const paragraphs: Cleaned['paragraphs'] = [];
  let title: string | null = null;
  let titleLine: number | null = null;
  lines.forEach((raw, i) => {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!text) return;
    const line = i + 1 + lineOffset;
    if (title === null) { title = text; titleLine = line; return; }
    paragraphs.push({ id: `p${paragraphs.length + 1}`, text, line, role: 'body' });
  });
  return { title, titleLine, standfirst: [], dateline: null, byline: null, paragraphs, removed: [], findings: [] };
}
