import { describe, expect, it } from 'vitest';
import { escapeXml, rssXml, sitemapIndexXml, sitemapXml } from '../../src/lib/xml.ts';

describe('escapeXml', () => {
  it('escapes markup and quotes', () => expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;'));
  it('drops control characters XML cannot carry', () => expect(escapeXml('a\u0000b\u0007c\td')).toBe('abc\td'));
});

describe('rssXml', () => {
  it('escapes item text and leaves out an unknown date', () => {
    const xml = rssXml({ title: 'S', link: 'https://e.test/', description: 'D' }, [{ title: '<script>', link: 'https://e.test/a/', description: 'x & y', pubDate: null }]);
    expect(xml).toContain('<title>&lt;script&gt;</title>');
    expect(xml).toContain('x &amp; y');
    expect(xml).not.toContain('<pubDate>');
  });
});

describe('sitemapXml', () => {
  it('lists each URL once, in order', () => {
    const xml = sitemapXml(['https://e.test/', 'https://e.test/a/?x=1&y=2']);
    expect(xml.match(/<loc>/g)).toHaveLength(2);
    expect(xml).toContain('<loc>https://e.test/a/?x=1&amp;y=2</loc>');
  });
});

describe('sitemapIndexXml', () => {
  it('lists each sitemap file', () => {
    const xml = sitemapIndexXml(['https://e.test/sitemap-1.xml', 'https://e.test/sitemap-2.xml']);
    expect(xml).toContain('<sitemapindex');
    expect(xml.match(/<sitemap><loc>/g)).toHaveLength(2);
  });
});
