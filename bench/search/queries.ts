import { between, mulberry32, pick, zipfPicker, type Random } from '../random';
import { topics } from './vocabulary';

/**
 * What customers type into a suggest box, request by request: the start of what they mean ("reset
 * password", "invoice missing"), often stopped inside a word ("reset pas"), sometimes with a typo
 * ("pasword"). Drawn from the corpus vocabulary with the same topic popularity, so popular topics
 * are asked about more often, as on a real site.
 */
const pickTopic = zipfPicker(topics);

/** The word of a problem that someone would type: "was declined" → "declined". */
const PROBLEM_NOISE = new Set(['is', 'was', 'has', 'the', 'a', 'to', 'not', 'no', 'does', 'at', 'by', 'too', 'of', 'for', 'after', 'without', 'on', 'from']);
const problemWord = (problem: string) => problem.split(' ').find((word) => !PROBLEM_NOISE.has(word)) ?? problem;

/** What the customer means to type, in 1–3 words. */
function intended(random: Random): string[] {
  const topic = pickTopic(random);
  const noun = pick(random, topic.nouns);
  const act = pick(random, topic.actions);
  // Weighted by repetition: most suggest queries are a noun, or a verb and a noun.
  const forms = [
    () => noun,
    () => noun,
    () => noun,
    () => `${act.verb} ${noun}`,
    () => `${act.verb} ${noun}`,
    () => `${act.ing} ${noun}`,
    () => `my ${noun}`,
    () => `${noun} ${problemWord(pick(random, topic.problems))}`,
  ];
  return pick(random, forms)().toLowerCase().split(' ').slice(0, 3);
}

/** Swaps two neighbouring letters, drops one or doubles one. */
function withTypo(random: Random, word: string): string {
  const at = between(random, 1, word.length - 2);
  const kind = between(random, 0, 2);
  if (kind === 0) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  if (kind === 1) return word.slice(0, at) + word.slice(at + 1);
  return word.slice(0, at) + word[at] + word.slice(at);
}

function typed(random: Random): string {
  let words = intended(random);
  let partial = -1;
  // Most suggestion requests are sent while a word is being typed.
  if (random() < 0.6) {
    const upTo = random() < 0.7 ? words.length - 1 : between(random, 0, words.length - 1);
    words = words.slice(0, upTo + 1);
    const last = words[upTo];
    if (last.length >= 3) words[upTo] = last.slice(0, between(random, 2, last.length - 1));
    partial = upTo;
  }
  if (random() < 0.12) {
    const candidates = words.map((word, n) => (n !== partial && /^[a-z]{5,}$/.test(word) ? n : -1)).filter((n) => n >= 0);
    if (candidates.length > 0) {
      const n = pick(random, candidates);
      words[n] = withTypo(random, words[n]);
    }
  }
  return words.join(' ');
}

export function generateQueries({ count, seed }: { count: number; seed: number }): string[] {
  const random = mulberry32(seed);
  const queries: string[] = [];
  while (queries.length < count) {
    const query = typed(random).trim();
    // The search route refuses fewer than 2 characters, as suggest boxes wait for them.
    if (query.length >= 2) queries.push(query);
  }
  return queries;
}
