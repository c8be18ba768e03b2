import * as argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes, 4 lanes). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A hash of nothing anyone knows, verified against when the NIP is unknown so timing tells nothing. */
let dummyHash: Promise<string> | undefined;
export function dummyVerify(password: string): Promise<boolean> {
  dummyHash ??= hashPassword('kinerja360-no-such-account');
  return dummyHash.then((h) => verifyPassword(h, password)).then(() => false);
}

/** Null when the password is acceptable, else the reason (Bahasa Indonesia). */
export function passwordProblem(password: string): string | null {
  if (password.length < 8) return 'kata sandi minimal 8 karakter';
  if (password.length > 200) return 'kata sandi maksimal 200 karakter';
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return 'kata sandi harus memuat huruf dan angka';
  return null;
}
