/// <reference path="./language-packages.d.ts" />
import { detectAll } from 'tinyld/light';

/**
 * Below this many characters a query is too short to tell languages apart: "ticket status",
 * "support" or "fair use" are the same in several of them.
 */
export const MIN_DETECT_LENGTH = 16;
/**
 * The detector's own confidence needed to act on it. On the labelled queries and FAQ questions,
 * every answer at or above it (and the minimum length) was right.
 */
export const MIN_CONFIDENCE = 0.7;

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * The language a search query is written in, among `candidates` (the languages that have
 * entries), or null when the signal is not clear: then the caller keeps its default. Cyrillic
 * letters decide at once (Russian is the one Cyrillic language searched); Latin text goes to the
 * n-gram detector only when it is long enough and only then when the detector is confident.
 */
export function detectLanguage(text: string, candidates: readonly string[]): string | null {
  const trimmed = text.trim();
  if (CYRILLIC.test(trimmed) && !LATIN.test(trimmed)) return candidates.includes('ru') ? 'ru' : null;
  const latin = candidates.filter((code) => code !== 'ru');
  if (trimmed.length < MIN_DETECT_LENGTH || latin.length < 2) return null;
  const [best] = detectAll(trimmed, { only: latin });
  return best && best.accuracy >= MIN_CONFIDENCE ? best.lang : null;
}
