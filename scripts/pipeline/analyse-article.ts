// Runs the per-article stages in order. Pure: bytes and the topic list in, data out.
import type { Topic } from '../../src/schemas/index.ts';
import { decodeArticle } from './01-decode.ts';
import { readFrontMatter } from './02-front-matter.ts';
import { cleanArticle } from './03-clean.ts';
import { extractMetadata } from './04-metadata.ts';
import { findQuotes } from './05-quotes.ts';
import { attributeQuotes } from './06-attribute.ts';
import { applyCorrections } from './06b-corrections.ts';
import { assignTopics } from './07-topics.ts';
import type { ArticleAnalysis, Cleaned, Metadata } from './types.ts';
import { bodyWordCount } from './word-count.ts';

const emptyCleaned: Cleaned = { title: null, titleLine: null, standfirst: [], dateline: null, byline: null, paragraphs: [], removed: [], findings: [] };
const emptyMeta: Metadata = { date: null, dateText: null, source: null, byline: null, findings: [] };

/** Analyses one article file. Never throws on bad content: problems come back as findings. */
export function analyseArticle(file: string, bytes: Uint8Array, topics: Topic[]): ArticleAnalysis {
  // 1. bytes -> normalised text
  const decoded = decodeArticle(bytes);
  const base = { file, frontMatter: {}, cleaned: emptyCleaned, meta: emptyMeta, mentions: [], quotes: [], topics: [], quoteTopics: [] };
  if (!decoded.text.trim()) {
    const findings = decoded.findings.length ? decoded.findings : [{ line: null, rule: 'empty-file', message: 'the file holds only white space; skipped', severity: 'warning' as const }];
    return { ...base, findings, unreadable: true };
  }
  // 2. front matter (an editor's statements) -> validated data + body
  const fm = readFrontMatter(decoded.text);
  if (fm.findings.some((f) => f.severity === 'error')) return { ...base, findings: [...decoded.findings, ...fm.findings], unreadable: true };
  if (!fm.body.trim()) return { ...base, findings: [...decoded.findings, ...fm.findings, { line: null, rule: 'no-article-text', message: 'the file holds front matter but no article text after it; skipped', severity: 'warning' }], unreadable: true };
  // 3. the article found in the text: title, standfirst, body; boilerplate removed
  const cleaned = cleanArticle(fm.body, fm.lineOffset);
  if (cleaned.paragraphs.length === 0) {
    // Nothing left to publish (e.g. a saved page of menus and share bars only): say so rather than publish an empty page.
    const roles = [...new Set(cleaned.removed.map((r) => r.role))].join(', ');
    const message = `no article body found${cleaned.title ? ' under the headline' : ''}${roles ? `: ${cleaned.removed.length} line(s) removed as ${roles}` : ''}; skipped`;
    return { ...base, cleaned, findings: [...decoded.findings, ...fm.findings, ...cleaned.findings, { line: null, rule: 'no-article-text', message, severity: 'warning' }], unreadable: true };
  }
  // 4. date, source, byline as stated
  const meta = extractMetadata(fm.body, cleaned);
  // 5. quotation spans
  const found = findQuotes(cleaned.paragraphs);
  // 6. speakers for each quotation
  const raw = attributeQuotes(cleaned.paragraphs, found.quotes);
  // 6b. an editor's corrections (front matter) to quotations and speakers
  const attributed = applyCorrections(fm.frontMatter.corrections, raw.quotes, raw.mentions);
  // 7. topics of the article and of each quote
  const articleText = [cleaned.title ?? '', ...cleaned.standfirst, ...cleaned.paragraphs.map((p) => p.text)].join('\n');
  const articleTopics = assignTopics(articleText, topics);
  // Once per paragraph, not per quote: a long paragraph with hundreds of quotes would otherwise be scanned hundreds of times.
  const paragraphTopics = new Map<string, string[]>();
  const topicsOf = (text: string) => paragraphTopics.get(text) ?? paragraphTopics.set(text, assignTopics(text, topics).filter((t) => articleTopics.includes(t))).get(text)!;
  const quoteTopics = attributed.quotes.map((q) => [...topicsOf(cleaned.paragraphs[q.paragraph]?.text ?? q.text)]);
  return {
    file,
    frontMatter: fm.frontMatter,
    cleaned,
    meta,
    mentions: attributed.mentions,
    quotes: attributed.quotes,
    topics: articleTopics,
    quoteTopics,
    findings: [...decoded.findings, ...fm.findings, ...cleaned.findings, ...meta.findings, ...found.findings, ...raw.findings, ...attributed.findings],
    unreadable: false,
    wordCount: bodyWordCount(cleaned.paragraphs),
  };
}
