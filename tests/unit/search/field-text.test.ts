import { fieldText } from '../../../server/src/domain/search/field-text';

describe('searchable text of a field', () => {
  it('keeps strings as they are', () => {
    expect(fieldText('Use the **reset link**.')).toBe('Use the **reset link**.');
    expect(fieldText(null)).toBe('');
  });

  it('reads Strapi blocks rich text, keeping words within a paragraph together and blocks apart', () => {
    const blocks = [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Reset your password' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Use the ' },
          { type: 'text', text: 'reset', bold: true },
          { type: 'text', text: ' link on the ' },
          { type: 'link', url: '/login', children: [{ type: 'text', text: 'login page' }] },
          { type: 'text', text: '.' },
        ],
      },
      { type: 'list', format: 'unordered', children: [
        { type: 'list-item', children: [{ type: 'text', text: 'Check your spam folder' }] },
        { type: 'list-item', children: [{ type: 'text', text: 'Wait ten minutes' }] },
      ] },
    ];
    expect(fieldText(blocks).split('\n')).toEqual([
      'Reset your password',
      'Use the reset link on the login page.',
      'Check your spam folder',
      'Wait ten minutes',
    ]);
  });
});
