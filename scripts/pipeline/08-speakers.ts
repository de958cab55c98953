import type { Mention } from './types.ts';
import { slugify } from './slug.ts';

/** A speaker merged across articles, before counts are added. */
export interface MergedSpeaker {
  id: string;
  name: string;
  kind: Mention['kind'];
  spellings: string[];
  /** [article index, role] pairs. */
  roles: Array<[number, string]>;
}

/** Merges the per-article mentions into one speaker per person or body. Returns the speakers and, per article, mention index -> speaker id. (Placeholder: merges equal names.) */
export function mergeSpeakers(mentionsByArticle: Mention[][]): { speakers: MergedSpeaker[]; idOf: string[][] } {
  const byKey = new Map<string, MergedSpeaker>();
  const idOf = mentionsByArticle.map((mentions, a) =>
    mentions.map((m) => {
      const id = slugify(m.name) || 'unknown';
      let s = byKey.get(id);
      if (!s) byKey.set(id, (s = { id, name: m.name, kind: m.kind, spellings: [], roles: [] }));
      for (const sp of m.spellings) if (!s.spellings.includes(sp)) s.spellings.push(sp);
      for (const r of m.roles) s.roles.push([a, r]);
      return id;
    }),
  );
  return { speakers: [...byKey.values()], idOf };
}
