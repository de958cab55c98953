import type { Decoded, Finding } from './types.ts';

/**
 * Files larger than this (2 MiB) are refused with a warning and skipped. A news article, even as a whole saved
 * page with menus and footers, is well under 1 MB; the limit keeps one stray log file or data dump from slowing
 * every build. Documented in the README.
 */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

const warn = (rule: string, message: string, line: number | null = null): Finding => ({ line, rule, message, severity: 'warning' });

/** 1-based line of a character offset. */
const lineAt = (text: string, offset: number) => text.slice(0, Math.max(0, offset)).split(/\r\n?|\n/).length;

/** True when the NUL bytes sit at odd offsets, as in UTF-16 LE text saved without a byte-order mark. */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  let odd = 0;
  let even = 0;
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 ? odd++ : even++);
  return odd > n / 4 || even > n / 4;
}

/** True when the bytes hold at least one well-formed UTF-8 multi-byte sequence (then a bad byte is damage, not another encoding). */
const hasUtf8Sequences = (bytes: Uint8Array) => /[\u0080-\u{10FFFF}]/u.test(new TextDecoder('utf-8').decode(bytes).replace(/\uFFFD/g, ''));

/** Reads the bytes as text: UTF-16 with a BOM, else UTF-8; bytes that are not UTF-8 at all are read as Windows-1252. */
function toText(bytes: Uint8Array): { text: string; findings: Finding[] } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), findings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), findings: [] };
  if (bytes.includes(0)) return null;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), findings: [] };
  } catch {
    // Either a UTF-8 file with damaged bytes, or an older 8-bit file (Windows "ANSI", Latin-1), where “ ” are 0x93 0x94.
    if (hasUtf8Sequences(bytes)) {
      const text = new TextDecoder('utf-8').decode(bytes);
      const bad = (text.match(/\uFFFD/g) ?? []).length;
      return { text, findings: [warn('invalid-utf8', `the file is not valid UTF-8: ${bad} bad byte sequence(s) replaced with �; save it as UTF-8`, lineAt(text, text.indexOf('\uFFFD')))] };
    }
    const text = new TextDecoder('windows-1252').decode(bytes);
    const first = bytes.findIndex((b) => b >= 0x80);
    const line = lineAt(new TextDecoder('windows-1252').decode(bytes.subarray(0, first)), Infinity);
    return { text, findings: [warn('invalid-utf8', 'the file is not UTF-8; it was read as Windows-1252 (Latin-1): check its accents and quotation marks, or save it as UTF-8', line)] };
  }
}

/** Decodes a file's bytes to normalised text: UTF-8 (or UTF-16 with BOM), LF line ends, NFC, odd spaces as plain spaces, no control characters. */
export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { text: '', findings: [warn('empty-file', 'the file is empty; skipped')] };
  if (bytes.length > MAX_FILE_BYTES) {
    return { text: '', findings: [warn('file-too-large', `the file is ${bytes.length} bytes, over the limit of ${MAX_FILE_BYTES} (2 MiB); skipped`)] };
  }
  const read = toText(bytes);
  if (read === null) {
    const hint = looksLikeUtf16WithoutBom(bytes) ? ' (UTF-16 without a byte-order mark? save it as UTF-8)' : '';
    return { text: '', findings: [warn('binary-file', `the file holds NUL bytes: it is binary, not text${hint}; skipped`)] };
  }
  const text = read.text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|[\u2028\u2029\u000B\u000C\u0085]/g, '\n')
    .normalize('NFC')
    .replace(/[\u00A0\u2007\u202F\u2000-\u200A\u3000]/g, ' ')
    // Zero-width characters split words; other control characters (escape sequences included) have no place in prose.
    .replace(/[\u200B\u2060\uFEFF\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g, '');
  return { text, findings: read.findings };
}
