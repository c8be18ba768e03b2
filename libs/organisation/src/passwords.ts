import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id (OWASP parameters: 19 MiB, 2 passes, 1 lane). `@node-rs/argon2` ships prebuilt
 * binaries per platform, so `npm ci` compiles nothing.
 */
const ARGON2ID = 2; // Algorithm.Argon2id (a const enum, which isolated builds cannot import)

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
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
