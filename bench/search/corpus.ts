import { between, mulberry32, pick, zipfPicker, type Random } from '../random';
import { events, fillers, places, platforms, topics, type Topic } from './vocabulary';

/**
 * The bench's content: FAQ entries (question + Markdown answer) and documentation pages (title,
 * slug, Markdown body), written from templates over the support vocabulary. Answers and bodies run
 * roughly 40–150 words, like real ones, and mix the entry's topic with a second one and with topic-free
 * sentences, so a word like "invoice" also turns up in pages that are not about invoices.
 */
export interface FaqEntry {
  documentId: string;
  question: string;
  answer: string;
}

export interface DocEntry {
  documentId: string;
  title: string;
  slug: string;
  body: string;
}

export interface Corpus {
  faqs: FaqEntry[];
  docs: DocEntry[];
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Strapi's document ids are 24 lowercase letters and digits; these are too, but reproducible. */
export const documentIdFrom = (random: Random) => Array.from({ length: 24 }, () => '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 36)]).join('');

const pickTopic = zipfPicker(topics);

/** One sentence about a topic, sometimes naming a second one. */
function topicSentence(random: Random, topic: Topic, other: Topic): string {
  const noun = pick(random, topic.nouns);
  const otherNoun = pick(random, other.nouns);
  const act = pick(random, topic.actions);
  const templates = [
    () => `To ${act.verb} your ${noun}, open **${pick(random, places)}** and choose ${capitalise(act.verb)}.`,
    () => `If your ${noun} ${pick(random, topic.problems)}, check the ${otherNoun} first.`,
    () => `Your ${noun} is ${act.past} as soon as you confirm, and you get an email when it is done.`,
    () => `${capitalise(act.ing)} a ${noun} does not change your ${otherNoun}.`,
    () => `On ${pick(random, platforms)}, ${act.ing} the ${noun} works the same way after ${pick(random, events)}.`,
    () => `Only an administrator can ${act.verb} the ${noun} for the whole team.`,
    () => `Contact support with your ${noun} and a screenshot if the ${otherNoun} ${pick(random, other.problems)}.`,
    () => `See [${capitalise(noun)} settings](/docs/${slugify(noun)}) for more about the ${noun}.`,
  ];
  return pick(random, templates)();
}

/** Sentences until the text reaches a random length of 40–150 words. */
function paragraph(random: Random, topic: Topic, minWords = between(random, 40, 150)): string[] {
  const sentences: string[] = [];
  let words = 0;
  while (words < minWords) {
    const roll = random();
    const sentence = roll < 0.55 ? topicSentence(random, topic, pickTopic(random)) : roll < 0.75 ? topicSentence(random, pickTopic(random), topic) : pick(random, fillers);
    sentences.push(sentence);
    words += wordCount(sentence);
  }
  return sentences;
}

function question(random: Random, topic: Topic): string {
  const noun = pick(random, topic.nouns);
  const act = pick(random, topic.actions);
  const templates = [
    () => `How do I ${act.verb} my ${noun}?`,
    () => `Why can't I ${act.verb} my ${noun}?`,
    () => `What happens to my ${pick(random, pickTopic(random).nouns)} when I ${act.verb} my ${noun}?`,
    () => `Can I ${act.verb} my ${noun} after ${pick(random, events)}?`,
    () => `Where do I find my ${noun}?`,
    () => `My ${noun} ${pick(random, topic.problems)}: what can I do?`,
    () => `How long does ${act.ing} a ${noun} take?`,
    () => `Is ${act.ing} the ${noun} possible on ${pick(random, platforms)}?`,
  ];
  return pick(random, templates)();
}

function docTitle(random: Random, topic: Topic): string {
  const noun = pick(random, topic.nouns);
  const templates = [
    () => `${capitalise(pick(random, topic.actions).ing)} your ${noun}`,
    () => `${capitalise(noun)} on ${pick(random, platforms)}`,
    () => `Troubleshooting: the ${noun} ${pick(random, topic.problems)}`,
    () => `${capitalise(noun)} reference`,
    () => `Getting started with the ${noun}`,
    () => `${capitalise(noun)} and ${pick(random, pickTopic(random).nouns)}`,
  ];
  return pick(random, templates)();
}

/** A documentation page in the Markdown a rich-text field holds: an overview, then numbered steps. */
function docBody(random: Random, topic: Topic): string {
  const targetWords = between(random, 40, 150);
  const steps = Array.from({ length: between(random, 2, 4) }, (_, n) => {
    const act = pick(random, topic.actions);
    return `${n + 1}. ${pick(random, [`Open **${pick(random, places)}**.`, `Choose ${capitalise(act.verb)} next to the ${pick(random, topic.nouns)}.`, 'Confirm with **Save**.'])}`;
  });
  const overview = paragraph(random, topic, Math.max(20, targetWords - wordCount(steps.join(' '))));
  return `## Overview\n\n${overview.join(' ')}\n\n## Steps\n\n${steps.join('\n')}\n`;
}

export function generateCorpus({ size, seed }: { size: number; seed: number }): Corpus {
  const random = mulberry32(seed);
  const faqs: FaqEntry[] = [];
  const docs: DocEntry[] = [];
  for (let n = 0; n < size; n += 1) {
    const topic = pickTopic(random);
    if (n % 2 === 0) {
      faqs.push({ documentId: documentIdFrom(random), question: question(random, topic), answer: paragraph(random, topic).join(' ') });
    } else {
      const title = docTitle(random, topic);
      // The number keeps slugs unique, as Strapi's uid field would by suffixing.
      docs.push({ documentId: documentIdFrom(random), title, slug: `${slugify(title)}-${n}`, body: docBody(random, topic) });
    }
  }
  return { faqs, docs };
}
