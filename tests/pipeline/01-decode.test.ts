import { describe, expect, it } from 'vitest';
import { decodeArticle, MAX_FILE_BYTES } from '../../scripts/pipeline/01-decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16 = (s: string, le: boolean) => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.set(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff], 2 + 2 * i);
  }
  return out;
};

describe('decodeArticle', () => {
  it.each([
    ['strips a UTF-8 BOM', utf8('\uFEFFHeadline\n'), 'Headline\n'],
    ['turns CRLF and lone CR into LF', utf8('a\r\nb\rc'), 'a\nb\nc'],
    ['turns Unicode line and paragraph separators into LF', utf8('a\u2028b\u2029c'), 'a\nb\nc'],
    ['turns non-breaking spaces into spaces', utf8('JUST IN:\u00A0China vs India'), 'JUST IN: China vs India'],
    ['keeps curly quotation marks', utf8('“We won’t back down”'), '“We won’t back down”'],
    ['reads UTF-16 LE with BOM', utf16('“Hi,” she said.\r\nNext', true), '“Hi,” she said.\nNext'],
    ['reads UTF-16 BE with BOM', utf16('“Hi,” she said.', false), '“Hi,” she said.'],
    ['composes accents (NFC), so “Nguyễn” typed two ways is one name', utf8('Nguye\u0302\u0303n'), 'Nguyễn'],
    ['drops zero-width spaces inside words', utf8('Wang\u200B Yi'), 'Wang Yi'],
    ['drops terminal escape sequences and bell characters, keeping tabs', utf8('red\u001b[31m text\u0007\there'), 'red[31m text\there'],
    ['keeps right-to-left and CJK text', utf8('المجلس 北京 시의회'), 'المجلس 北京 시의회'],
  ])('%s', (_name, bytes, expected) => {
    const out = decodeArticle(bytes);
    expect(out.text).toBe(expected);
    expect(out.findings).toEqual([]);
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'empty-file'],
    ['a binary file', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'binary-file'],
    ['a file over the size limit', new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61), 'file-too-large'],
  ])('reports %s, says it is skipped and returns no text', (_name, bytes, rule) => {
    const out = decodeArticle(bytes);
    expect(out.text).toBe('');
    expect(out.findings).toMatchObject([{ rule, line: null, severity: 'warning' }]);
    expect(out.findings[0].message).toMatch(/skipped$/);
  });

  it('accepts a file of exactly the size limit', () => {
    expect(decodeArticle(new Uint8Array(MAX_FILE_BYTES).fill(0x61)).findings).toEqual([]);
  });

  it('suggests UTF-16 when NUL bytes alternate with text', () => {
    const bytes = utf16('Hello, world', true).subarray(2);
    expect(decodeArticle(bytes).findings[0].message).toContain('UTF-16 without a byte-order mark');
  });

  it('replaces damaged bytes in a UTF-8 file and reports the line of the first', () => {
    const out = decodeArticle(new Uint8Array([...utf8('“Yes,” she said\r\nb'), 0xff, 0x63]));
    expect(out.text).toBe('“Yes,” she said\nb\uFFFDc');
    expect(out.findings).toMatchObject([{ rule: 'invalid-utf8', line: 2, severity: 'warning' }]);
  });

  it('reads a file with no UTF-8 at all as Windows-1252, where 0x93 0x94 are curly quotes', () => {
    const out = decodeArticle(new Uint8Array([0x54, 0x0a, 0x93, 0x4e, 0x6f, 0x2c, 0x94, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x4a, 0x6f, 0x73, 0xe9]));
    expect(out.text).toBe('T\n“No,” said José');
    expect(out.findings).toMatchObject([{ rule: 'invalid-utf8', line: 2 }]);
    expect(out.findings[0].message).toContain('Windows-1252');
  });
});
