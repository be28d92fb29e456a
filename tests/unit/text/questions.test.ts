import { countQuestions, submissionWarnings } from '../../../server/src/domain/text/questions';

describe('countQuestions', () => {
  it.each([
    ['How do I reset my password?', 1],
    ['My upload stops at 80%. What can I do?', 1],
    ['How do I reset my password? And can I change my e-mail address?', 2],
    ['1. Where is my invoice?\n2. Can I pay by bank transfer?\n3. Why was I charged twice?', 3],
    ['Hoe wijzig ik mijn adres? Kan ik ook mijn naam wijzigen?', 2],
    ['Hoe wijzig ik mijn adres?', 1],
    ['Où est ma facture ? Puis-je payer par virement ?', 2],
    ["Comment réinitialiser mon mot de passe ? J'ai tout essayé.", 1],
    ['The page https://example.com/?q=1 shows an error. Why?', 1],
    ['Nothing works!!! Please help.', 0],
    ['??', 0],
  ])('counts %j as %i', (text, expected) => {
    expect(countQuestions(text)).toBe(expected);
  });
});

describe('submissionWarnings', () => {
  it('warns about a body with several questions, naming how many', () => {
    const [warning] = submissionWarnings('Two things', 'Where is my invoice? Can I pay by bank transfer?');
    expect(warning.code).toBe('multiple-questions');
    expect(warning.message).toContain('2 questions');
  });

  it('stays quiet for one question', () => {
    expect(submissionWarnings('Invoice', 'Where is my invoice? I looked everywhere.')).toEqual([]);
  });
});
