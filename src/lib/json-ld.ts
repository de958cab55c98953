// JSON-LD for search engines, serialised so that no content can close the <script> element it sits in.
import type { Article, Quote, Speaker } from '../schemas/index.ts';

/** JSON with `<`, `>`, `&` and the JS line separators escaped, safe inside `<script type="application/ld+json">`. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A NewsArticle for an article page (`url` absolute). */
export function newsArticleLd(article: Article, url: string, speakers: Speaker[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    url,
    ...(article.date ? { datePublished: article.date } : {}),
    ...(article.byline ? { author: { '@type': 'Person', name: article.byline } } : {}),
    ...(article.source ? { publisher: { '@type': 'Organization', name: article.source.name } } : {}),
    ...(article.source?.url ? { isBasedOn: article.source.url } : {}),
    wordCount: article.wordCount,
    mentions: speakers.map((s) => ({ '@type': s.kind === 'person' ? 'Person' : 'Organization', name: s.name })),
  };
}

/** A Quotation for a quote page (`url` and `articleUrl` absolute). */
export function quotationLd(quote: Quote, speaker: Speaker | null, article: Article, url: string, articleUrl: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Quotation',
    text: quote.text,
    url,
    ...(speaker ? { creator: { '@type': speaker.kind === 'person' ? 'Person' : 'Organization', name: speaker.name } } : {}),
    isPartOf: { '@type': 'NewsArticle', headline: article.title, url: articleUrl, ...(article.date ? { datePublished: article.date } : {}) },
  };
}

/** A Person (or Organization) for a speaker page (`url` absolute). */
export function personLd(speaker: Speaker, url: string): Record<string, unknown> {
  const roles = [...new Set(speaker.roles.map((r) => r.role))];
  return {
    '@context': 'https://schema.org',
    '@type': speaker.kind === 'person' ? 'Person' : 'Organization',
    name: speaker.name,
    url,
    ...(speaker.spellings.length > 1 ? { alternateName: speaker.spellings.filter((s) => s !== speaker.name) } : {}),
    ...(roles.length && speaker.kind === 'person' ? { jobTitle: roles[0] } : {}),
  };
}
