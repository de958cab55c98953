// Writes large JSON without building it as one string: at 10,000 articles corpus.json is hundreds of MB,
// and JSON.stringify of the whole corpus would hold it (twice, as UTF-16) in memory at once.
import { closeSync, openSync, writevSync } from 'node:fs';

/** Depth from which values are written whole: the top object and its lists are walked, their items are not. */
const WHOLE_DEPTH = 2;

/** `value` as JSON.stringify(value, null, indent) writes it nested `depth` levels down: its lines indented to where it sits. */
function stringifyAt(value: unknown, depth: number, indent: number): string {
  // (A line break in JSON.stringify's output is always layout: breaks inside strings are escaped.)
  return (JSON.stringify(value, null, indent) ?? 'null').replace(/\n/g, `\n${' '.repeat(indent * depth)}`);
}

/** An item of a top-level list (a speaker) as writeJsonStreamed writes it, for `rendered`. */
export function renderItem(item: unknown, indent = 1): string {
  return stringifyAt(item, WHOLE_DEPTH, indent);
}

/**
 * An item of a top-level list (an article, a quote) rendered ahead but for its last field, whose value is not known
 * yet (a quote's links, an article's story): the text up to that field's value. Done while another thread works,
 * so that only `completeItem` is left for the end. Throws when `last` is not the item's last field.
 */
export function renderItemAhead(item: object, last: string, indent = 1): string {
  const keys = Object.keys(item);
  if (keys[keys.length - 1] !== last) throw new Error(`renderItemAhead: "${last}" is not the last field`);
  // A placeholder value (a number renders as itself, on the field's line) cut off again.
  const whole = stringifyAt({ ...item, [last]: 0 }, WHOLE_DEPTH, indent);
  return whole.slice(0, whole.length - closing(indent).length - 1);
}

/** The end of an item of a top-level list, after its last field's value. */
const closing = (indent: number) => `\n${' '.repeat(indent * WHOLE_DEPTH)}}`;

/**
 * An item of a top-level list as written already: its text, or its UTF-8 bytes (half the memory of a string
 * holding any character past Latin-1, and encoded ahead), or pieces of either in order.
 */
export type RenderedItem = string | Uint8Array | ReadonlyArray<string | Uint8Array>;

/** The item rendered ahead (renderItemAhead, as text or its UTF-8 bytes) with its last field's value: what writeJsonStreamed writes for the whole item. */
export function completeItem(ahead: string, value: unknown, indent?: number): string;
export function completeItem(ahead: Uint8Array, value: unknown, indent?: number): [Uint8Array, string];
export function completeItem(ahead: string | Uint8Array, value: unknown, indent = 1): string | [Uint8Array, string] {
  // An undefined field is left out by JSON.stringify, comma and all: not something a placeholder can stand for.
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') throw new Error('completeItem: the last field must have a JSON value');
  const rest = `${stringifyAt(value, WHOLE_DEPTH + 1, indent)}${closing(indent)}`;
  return typeof ahead === 'string' ? `${ahead}${rest}` : [ahead, rest];
}

/** Bytes gathered before a write (and at most this many pieces: one writev call each). */
const CHUNK_BYTES = 1 << 20;
const CHUNK_PIECES = 512;

/**
 * Writes `value` to `path` exactly as `JSON.stringify(value, null, indent)` would, array item by array item.
 * `rendered`: for a list of the top object (by key), its items as written already (see renderItemAhead), one each.
 */
export function writeJsonStreamed(path: string, value: unknown, indent = 1, rendered: Record<string, readonly RenderedItem[]> = {}): void {
  const fd = openSync(path, 'w');
  try {
    // Text is gathered as a string and encoded once it is long; bytes rendered ahead go out as they are.
    let text = '';
    const pieces: Uint8Array[] = [];
    let bytes = 0;
    const encodeText = () => {
      if (!text) return;
      const b = Buffer.from(text, 'utf8');
      pieces.push(b);
      bytes += b.length;
      text = '';
    };
    const flush = () => {
      encodeText();
      if (pieces.length) writevSync(fd, pieces);
      pieces.length = 0;
      bytes = 0;
    };
    const emitBytes = (b: Uint8Array) => {
      encodeText();
      pieces.push(b);
      bytes += b.length;
      if (bytes > CHUNK_BYTES || pieces.length >= CHUNK_PIECES) flush();
    };
    const emit = (s: string) => {
      text += s;
      if (text.length > CHUNK_BYTES) {
        encodeText();
        if (bytes > CHUNK_BYTES || pieces.length >= CHUNK_PIECES) flush();
      }
    };
    const emitRendered = (item: RenderedItem) => {
      if (typeof item === 'string') emit(item);
      else if (item instanceof Uint8Array) emitBytes(item);
      else for (const piece of item) emitRendered(piece);
    };
    const pad = (depth: number) => ' '.repeat(indent * depth);
    const write = (v: unknown, depth: number, items?: readonly RenderedItem[]): void => {
      // Deeper down, a value is one item of the corpus's lists (an article, a quote, a speaker): small enough to
      // stringify whole, and JSON.stringify does that far faster than this walk.
      if (depth >= WHOLE_DEPTH && indent > 0) return emit(stringifyAt(v, depth, indent));
      // Only arrays and plain objects are opened up; everything else is stringified whole (the same rules as JSON.stringify).
      if (Array.isArray(v)) {
        if (items && (items.length !== v.length || indent <= 0)) throw new Error('writeJsonStreamed: rendered items do not fit the list');
        if (v.length === 0) return emit('[]');
        emit('[');
        v.forEach((item, i) => {
          emit(`${i ? ',' : ''}\n${pad(depth + 1)}`);
          if (items) emitRendered(items[i]);
          else if (item === undefined || typeof item === 'function' || typeof item === 'symbol') emit('null');
          else write(item, depth + 1);
        });
        return emit(`\n${pad(depth)}]`);
      }
      if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON !== 'function') {
        const entries = Object.entries(v).filter(([, x]) => x !== undefined && typeof x !== 'function' && typeof x !== 'symbol');
        if (entries.length === 0) return emit('{}');
        emit('{');
        entries.forEach(([k, x], i) => {
          emit(`${i ? ',' : ''}\n${pad(depth + 1)}${JSON.stringify(k)}: `);
          write(x, depth + 1, depth === 0 && Object.hasOwn(rendered, k) ? rendered[k] : undefined);
        });
        return emit(`\n${pad(depth)}}`);
      }
      emit(JSON.stringify(v) ?? 'null');
    };
    write(value, 0);
    emit('\n');
    flush();
  } finally {
    closeSync(fd);
  }
}
