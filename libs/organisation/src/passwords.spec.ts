import { hashPassword, passwordProblem, verifyPassword } from './passwords';

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const h = await hashPassword('Rahasia2026');
    expect(h).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(h, 'Rahasia2026')).toBe(true);
    expect(await verifyPassword(h, 'rahasia2026')).toBe(false);
    expect(await verifyPassword('not a hash', 'Rahasia2026')).toBe(false);
  });

  it.each([
    ['short1', 'minimal 8'],
    ['hanyahurufsaja', 'huruf dan angka'],
    ['1234567890', 'huruf dan angka'],
  ])('refuses %s', (pw, reason) => {
    expect(passwordProblem(pw)).toContain(reason);
  });

  it('accepts a password with letters and digits', () => {
    expect(passwordProblem('Sandi12345')).toBeNull();
  });
});
