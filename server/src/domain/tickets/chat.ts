/** The longest subject a chat's first message gives its ticket. */
export const CHAT_SUBJECT_MAX = 80;

/**
 * The subject of the ticket a chat becomes: its first message's first line, white space collapsed,
 * cut at a word where it runs long. A chat has no subject field; the queue and the mails need one.
 */
export function chatSubject(firstMessage: string): string {
  const firstLine = firstMessage.split(/\r?\n/).find((line) => line.trim() !== '') ?? firstMessage;
  const line = firstLine.replace(/\s+/g, ' ').trim();
  if (line.length <= CHAT_SUBJECT_MAX) return line;
  const cut = line.slice(0, CHAT_SUBJECT_MAX - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > CHAT_SUBJECT_MAX / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}
