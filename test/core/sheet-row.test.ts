import { rowReader } from '../../src/core/sheet-row';

describe('reading a sheet row by column name', () => {
  it('finds a column wherever the admin moved it, and reads a missing one or an empty cell as empty', () => {
    const r = rowReader(['notes', 'email', 'at'], ['mine', 'ana@acme.test', 42]);
    expect(r.text('email')).toBe('ana@acme.test');
    expect(r.raw('at')).toBe(42);
    expect(r.text('fix')).toBe('');
    expect(rowReader(['email', 'fix'], ['ben@acme.test']).text('fix')).toBe('');
    expect(rowReader(['email'], [null]).raw('email')).toBe('');
  });

  it('reads the first of two columns with the same name', () => {
    expect(rowReader(['email', 'email'], ['first@acme.test', 'second@acme.test']).text('email')).toBe('first@acme.test');
  });
});
