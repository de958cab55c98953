import type { Decoded, Finding } from './types.ts';

/** Files larger than this are refused (documented in the README). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Decodes a file's bytes to normalised text: UTF-8 (or UTF-16 with BOM), LF line ends, NBSP and other odd spaces as plain spaces. */
export function decodeArticle(bytes: Uint8Array): Decoded {
  const findings: Finding[] = [];
  if (bytes.length === 0) return { text: '', findings: [{ line: null, rule: 'empty-file', message: 'the file is empty', severity: 'warning' }] };
  if (bytes.length > MAX_FILE_BYTES) {
    return { text: '', findings: [{ line: null, rule: 'file-too-large', message: `the file is ${bytes.length} bytes, over the limit of ${MAX_FILE_BYTES}`, severity: 'warning' }] };
  }
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (bytes.includes(0)) return { text: '', findings: [{ line: null, rule: 'binary-file', message: 'the file holds NUL bytes: it is binary, not text', severity: 'warning' }] };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('utf-8').decode(bytes);
      const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
      findings.push({ line, rule: 'invalid-utf8', message: 'the file is not valid UTF-8; bad bytes were replaced with �', severity: 'warning' });
    }
  }
  text = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F\u2000-\u200A\u3000]/g, ' ')
    .replace(/[\u200B\u2060\uFEFF]/g, '')
    .replace(/\u0000/g, '');
  return { text, findings };
}
