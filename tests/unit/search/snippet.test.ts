import { makeSnippet, mentions, queryWords } from '../../../server/src/domain/search/snippet';

describe('makeSnippet', () => {
  it('marks the matched words, whole or partly typed, ignoring case and accents', () => {
    expect(makeSnippet('Credits never expire. Café owners love it.', 'credit cafe')).toBe(
      '<mark>Credits</mark> never expire. <mark>Café</mark> owners love it.'
    );
  });

  it('shows a window around a match deep in a long text', () => {
    const text = `${'Intro words here. '.repeat(20)}The invoice is in your account. ${'More text follows. '.repeat(20)}`;
    const snippet = makeSnippet(text, 'invoice', 80);
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet).toContain('<mark>invoice</mark>');
    expect(snippet.endsWith(' …')).toBe(true);
  });

  it('centres on the first whole word that matches, not on the letters inside another word', () => {
    const text = `${'Bypass rules apply here. '.repeat(10)}Reset your password from the login page. ${'Other text. '.repeat(10)}`;
    const snippet = makeSnippet(text, 'pass', 80);
    expect(snippet).toMatch(/^… .*Reset your <mark>password<\/mark> from/);
    expect(snippet).not.toContain('<mark>Bypass');
  });

  it('centres on a word typed longer than it is written, in accented text as in plain text', () => {
    const filler = 'Lorem ipsum dolor sit amet. '.repeat(8);
    expect(makeSnippet(`${filler}Passe par la café.`, 'passer', 60)).toContain('<mark>Passe</mark> par la café');
    expect(makeSnippet(`${filler}Passe by the cafe.`, 'passer', 60)).toContain('<mark>Passe</mark> by the cafe');
  });

  it('escapes markup from the text so the snippet is safe to render', () => {
    expect(makeSnippet('Use <script>alert(1)</script> never', 'never')).toBe(
      'Use &lt;script&gt;alert(1)&lt;/script&gt; <mark>never</mark>'
    );
  });

  it('drops Markdown decoration', () => {
    expect(makeSnippet('**Priority** tickets: see [the page](https://x.example)', 'priority')).toBe(
      '<mark>Priority</mark> tickets: see the page'
    );
  });

  it('takes the query split into words once for several results, and marks the same words', () => {
    const words = queryWords('Crédit CAFE');
    expect(makeSnippet('Credits never expire. Café owners love it.', words)).toBe(
      '<mark>Credits</mark> never expire. <mark>Café</mark> owners love it.'
    );
    expect(mentions('Buy support credits', words)).toBe(true);
  });

  it('marks and escapes plain ASCII text as it does any other text', () => {
    const text = 'Reset <b>passwords</b> & "log in" with pass-codes; bypass nothing. Resetting 2FA codes';
    const ascii = makeSnippet(text, 'reset pass code');
    expect(ascii).toBe(
      '<mark>Reset</mark> &lt;b&gt;<mark>passwords</mark>&lt;/b&gt; &amp; &quot;log in&quot; with <mark>pass</mark>-<mark>codes</mark>; bypass nothing. <mark>Resetting</mark> 2FA <mark>codes</mark>'
    );
    // One accented letter sends the same window through the Unicode word matching.
    expect(makeSnippet(`${text} é`, 'reset pass code')).toBe(`${ascii} é`);
  });
});

describe('queryWords', () => {
  it('keeps distinct words of two letters or more, folded', () => {
    expect(queryWords('Où est ma facture? FACTURE a')).toEqual(['ou', 'est', 'ma', 'facture']);
  });
});

describe('mentions', () => {
  it('tells whether a text holds a word the query starts or spells out, ignoring case and accents', () => {
    expect(mentions('Réinitialiser le mot de passe', 'reinit')).toBe(true);
    expect(mentions('Reset your password', 'how to PASSW')).toBe(true);
    expect(mentions('Bypass the cache', 'pass')).toBe(false);
    expect(mentions('Invoices and receipts', 'refund')).toBe(false);
  });
});
