import { escapeHtml, singleLine } from '../../../server/src/domain/mail';
import { htmlLines, multiLine, truncate, usableUrl } from '../../../server/src/domain/mail/escape';
import { MAIL_SUBJECT_MAX_LENGTH, mailSubject } from '../../../server/src/domain/mail/subject';

describe('mail text hygiene', () => {
  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('makes one line of any text: a run of control characters becomes one space', () => {
    expect(singleLine('Help\r\nBcc: evil@example.com')).toBe('Help Bcc: evil@example.com');
    expect(singleLine('  a\t\tb \n\n c\u0000d\u2028e\u0085f  ')).toBe('a b c d e f');
    expect(singleLine(null)).toBe('');
  });

  it('keeps multi-line text as typed, with \\n line endings and without stray control characters', () => {
    expect(multiLine('\r\nOne\r\nTwo\rThree\u0007\n  indented\n\n')).toBe('One\nTwo\nThree\n  indented');
    expect(htmlLines('a < b\r\nc & d')).toBe('a &lt; b<br>\nc &amp; d');
  });

  it('truncates on characters, with an ellipsis', () => {
    expect(truncate('abcdef', 6)).toBe('abcdef');
    expect(truncate('abc def', 5)).toBe('abc…');
    expect(truncate('😀😀😀😀', 3)).toBe('😀😀…');
  });

  it('keeps only absolute http(s) links', () => {
    expect(usableUrl(' https://acme.example/t/1?a=1&b=2 ')).toBe('https://acme.example/t/1?a=1&b=2');
    expect(usableUrl('javascript:alert(1)')).toBeNull();
    expect(usableUrl('/support/tickets/1')).toBeNull();
    expect(usableUrl('https://acme.example/\r\nX')).toBeNull();
    expect(usableUrl(null)).toBeNull();
  });

  it('builds a subject of one line and at most the maximum length', () => {
    expect(mailSubject('HD-000001', 'We received your question', 'Login\r\n\r\nBcc: x@y.z', ': ')).toBe(
      '[HD-000001] We received your question: Login Bcc: x@y.z'
    );
    expect(mailSubject('HD-000001', 'We received your question', ' \r\n ', ': ')).toBe('[HD-000001] We received your question');
    const long = mailSubject('HD-000001', 'We received your question', 'x'.repeat(500), ': ');
    expect(Array.from(long)).toHaveLength(MAIL_SUBJECT_MAX_LENGTH);
    expect(long.endsWith('x…')).toBe(true);
  });
});
