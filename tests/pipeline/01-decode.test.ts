import { describe, expect, it } from 'vitest';
import { decodeArticle, MAX_FILE_BYTES } from '../../scripts/pipeline/01-decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeArticle', () => {
  it.each([
    ['strips a UTF-8 BOM', utf8('\uFEFFHeadline\n'), 'Headline\n'],
    ['turns CRLF and lone CR into LF', utf8('a\r\nb\rc'), 'a\nb\nc'],
    ['turns non-breaking spaces into spaces', utf8('JUST IN:\u00A0China vs India'), 'JUST IN: China vs India'],
    ['keeps curly quotation marks', utf8('“We won’t back down”'), '“We won’t back down”'],
    ['reads UTF-16 LE with BOM', new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]), 'Hi'],
  ])('%s', (_name, bytes, expected) => {
    const out = decodeArticle(bytes);
    expect(out.text).toBe(expected);
    expect(out.findings).toEqual([]);
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'empty-file'],
    ['a binary file', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'binary-file'],
    ['a file over the size limit', new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61), 'file-too-large'],
  ])('reports %s and returns no text', (_name, bytes, rule) => {
    const out = decodeArticle(bytes);
    expect(out.text).toBe('');
    expect(out.findings.map((f) => f.rule)).toEqual([rule]);
  });

  it('replaces invalid UTF-8 and reports the line', () => {
    const out = decodeArticle(new Uint8Array([0x61, 0x0a, 0x62, 0xff, 0x63]));
    expect(out.text).toBe('a\nb\uFFFDc');
    expect(out.findings).toMatchObject([{ rule: 'invalid-utf8', line: 2 }]);
  });
});
