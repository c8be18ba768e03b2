import { normaliseText } from './text';

describe('normaliseText', () => {
  it('removes bidi controls and zero-width characters', () => {
    const controls = [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200E',
      '\u200F',
      '\u200B',
      '\u200C',
      '\u200D',
      '\uFEFF',
      '\u2060',
    ];
    for (const c of controls) expect(normaliseText(`a${c}b`)).toBe('ab');
    expect(normaliseText('txt\u202Eexe.')).toBe('txtexe.');
  });

  it('removes NUL and the other C0 controls but keeps tabs and new lines', () => {
    expect(normaliseText('a\u0000b\u0007c\u001Bd\u007Fe')).toBe('abcde');
    expect(normaliseText('baris 1\r\n\tbaris 2')).toBe('baris 1\r\n\tbaris 2');
  });

  it('composes to NFC, also where a removed control separated a letter from its accent', () => {
    expect(normaliseText('cafe\u0301')).toBe('caf\u00e9');
    expect(normaliseText('e\u200B\u0301')).toBe('\u00e9');
  });

  it('keeps ordinary Indonesian text, emoji and non-strings as they are', () => {
    expect(normaliseText('Pelayanan cepat, petugas ramah 👍')).toBe('Pelayanan cepat, petugas ramah 👍');
    expect(normaliseText(undefined)).toBeUndefined();
    expect(normaliseText(null)).toBeNull();
    expect(normaliseText(5)).toBe(5);
  });
});
