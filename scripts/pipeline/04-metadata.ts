import type { Cleaned, Metadata } from './types.ts';

/** Reads the date, source and byline the text states. (Placeholder.) */
export function extractMetadata(_body: string, cleaned: Cleaned): Metadata {
  return { date: null, dateText: null, source: null, byline: cleaned.byline, findings: [] };
}
