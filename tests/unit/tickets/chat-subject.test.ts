import { CHAT_SUBJECT_MAX, chatSubject } from '../../../server/src/domain/tickets';

describe("a chat's ticket subject", () => {
  it('is the first line of the first message, white space collapsed', () => {
    expect(chatSubject('\n  My   invoice is wrong\nIt says 40 euros.')).toBe('My invoice is wrong');
  });

  it('is cut at a word, with an ellipsis, when the line runs long', () => {
    const subject = chatSubject('I tried to log in this morning and the page keeps telling me that my password has expired although I changed it');
    expect(subject.length).toBeLessThanOrEqual(CHAT_SUBJECT_MAX);
    expect(subject).toBe('I tried to log in this morning and the page keeps telling me that my password…');
  });

  it('cuts a long word where it must', () => {
    const subject = chatSubject('x'.repeat(300));
    expect(subject).toBe(`${'x'.repeat(CHAT_SUBJECT_MAX - 1)}…`);
  });
});
