import { parse } from 'graphql';
import { containsNulCharacter } from './nul-characters';

describe('containsNulCharacter', () => {
  const doc = parse('mutation ($n: String!) { createUnit(input: { name: $n }) { id } }');

  it('finds U+0000 in variables at any depth, in keys, and in string literals', () => {
    expect(containsNulCharacter(doc, { n: 'a\u0000b' })).toBe(true);
    expect(containsNulCharacter(doc, { input: { items: [{ anchors: ['ok', '\u0000'] }] } })).toBe(true);
    expect(containsNulCharacter(doc, { input: { ['k\u0000']: 1 } })).toBe(true);
    expect(containsNulCharacter(parse('{ unit(id: "a\\u0000") { id } }'), undefined)).toBe(true);
  });

  it('lets ordinary text through, tabs and new lines included', () => {
    expect(containsNulCharacter(doc, { n: 'Kelurahan Sukamiskin\n\tLoket 1 — ✓ é' })).toBe(false);
    expect(containsNulCharacter(parse('{ unit(id: "x") { id } }'), { a: [1, null, { b: 'c' }] })).toBe(false);
  });
});
