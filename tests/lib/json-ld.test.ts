import { describe, expect, it } from 'vitest';
import { newsArticleLd, personLd, quotationLd, safeJson } from '../../src/lib/json-ld.ts';
import { article, quote, speaker } from './site-fixtures.ts';

describe('safeJson', () => {
  it('cannot close the script element it sits in', () => {
    const out = safeJson({ text: '</script><script>alert(1)</script>' });
    expect(out).not.toContain('<');
    expect(out).not.toContain('>');
    expect(JSON.parse(out)).toEqual({ text: '</script><script>alert(1)</script>' });
  });
  it('escapes & and the JavaScript line separators', () => {
    const out = safeJson({ t: 'a & b \u2028 c' });
    expect(out).not.toMatch(/[&\u2028]/);
    expect(JSON.parse(out).t).toBe('a & b \u2028 c');
  });
});

describe('newsArticleLd', () => {
  it('states only what the article states', () => {
    const ld = newsArticleLd(article({ slug: 'x', title: 'T' }), 'https://e.test/articles/x/', []);
    expect(ld).toMatchObject({ '@type': 'NewsArticle', headline: 'T' });
    expect(ld).not.toHaveProperty('datePublished');
    expect(ld).not.toHaveProperty('publisher');
  });
  it('names the date, byline and outlet when known', () => {
    const ld = newsArticleLd(article({ slug: 'x', date: '2024-06-20', byline: 'Jo Park', source: { name: 'The Paper', url: null } }), 'u', [speaker({ id: 'a', name: 'A' })]);
    expect(ld).toMatchObject({ datePublished: '2024-06-20', author: { name: 'Jo Park' }, publisher: { name: 'The Paper' }, mentions: [{ '@type': 'Person', name: 'A' }] });
  });
});

describe('quotationLd', () => {
  it('gives the text, the speaker and the article', () => {
    const ld = quotationLd(quote({ id: 'q', article: 'x', text: 'Hello' }), speaker({ id: 'a', name: 'A' }), article({ slug: 'x', title: 'T' }), 'qu', 'au');
    expect(ld).toMatchObject({ '@type': 'Quotation', text: 'Hello', creator: { name: 'A' }, isPartOf: { headline: 'T', url: 'au' } });
  });
  it('leaves the speaker out when unknown', () => {
    expect(quotationLd(quote({ id: 'q', article: 'x' }), null, article({ slug: 'x' }), 'q', 'a')).not.toHaveProperty('creator');
  });
});

describe('personLd', () => {
  it('types organisations as Organization and lists other spellings', () => {
    expect(personLd(speaker({ id: 't', name: 'US Treasury', kind: 'organisation', spellings: ['Treasury', 'US Treasury'] }), 'u')).toMatchObject({
      '@type': 'Organization', alternateName: ['Treasury'],
    });
  });
});
