/**
 * "One question per ticket": spotting a submission that clearly holds several questions, so the
 * customer can be warned (never refused). Deliberately conservative — a false warning annoys more
 * than a missed one — so only separate sentences that each end in a question mark count.
 */

/** Sentences or list items that end with a question mark (any script's question mark). */
export function countQuestions(text: string): number {
  const withoutUrls = text.replace(/\bhttps?:\/\/\S+/gi, ' ');
  const pieces = withoutUrls.split(/(?<=[?？؟;;])|\n+/u);
  return pieces.filter((piece) => /[\p{L}\p{N}][^?？؟]{2,}[?？؟]\s*$/u.test(piece.trim())).length;
}

export interface SubmissionWarning {
  code: 'multiple-questions' | 'priority-unavailable';
  message: string;
}

/** Warnings for a ticket's subject and body; empty when it reads as one question. */
export function submissionWarnings(subject: string, body: string): SubmissionWarning[] {
  const questions = countQuestions(body);
  if (questions < 2) return [];
  return [
    {
      code: 'multiple-questions',
      message: `This ticket seems to ask ${questions} questions. One question per ticket gets each of them answered faster; consider filing the others separately.`,
    },
  ];
}
