import { createHash } from 'node:crypto';

/**
 * Login throttling policy (the counters live in Redis, see AuthService.login).
 *
 * - Per address: at most `addressMaxFailures` failed logins within `lockMinutes` from one client
 *   address, for NIPs that never logged in from there; then that address waits (spraying random
 *   NIPs stops after a handful of tries).
 * - Per NIP: the first `maxFailures` failures (from anywhere) are free; each further one makes
 *   the NIP wait 1, 2, 4, 8 … minutes, never more than `lockMinutes`. The wait applies to addresses
 *   the NIP has not logged in from successfully (within KNOWN_ADDRESS_DAYS), so a stranger's
 *   failures slow a distributed guesser down but do not lock the owner out at their usual desk.
 * - Per NIP and address: the same growing delays for failures from one address, also a known one
 *   (no free guesses for an insider sharing the owner's office address).
 */
export interface LoginThrottleSettings {
  /** Free failures per NIP (and per NIP and address) before delays start. */
  maxFailures: number;
  /** The longest delay, and the window of the per-address count. */
  lockMinutes: number;
  /** Failed logins per address within lockMinutes for NIPs unknown at that address. */
  addressMaxFailures: number;
}

/** How long a successful login vouches for its address. */
export const KNOWN_ADDRESS_DAYS = 30;

/** Failure counts per NIP outlive the longest delay, so delays keep growing while guessing goes on. */
export const nipFailureTtlSeconds = (s: LoginThrottleSettings) => s.lockMinutes * 60 * 4;

/** Seconds to wait after the `failures`-th failure: 0 below maxFailures, then 60, 120, 240 … capped at lockMinutes. */
export function loginDelaySeconds(failures: number, s: LoginThrottleSettings): number {
  if (failures < s.maxFailures) return 0;
  return Math.min(60 * 2 ** Math.min(failures - s.maxFailures, 20), s.lockMinutes * 60);
}

/** "45 detik" / "3 menit": a wait as people say it (rounded up to whole minutes from one minute on). */
export function waitInWords(seconds: number): { id: string; en: string } {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return { id: `${s} detik`, en: `${s} s` };
  const m = Math.ceil(s / 60);
  return { id: `${m} menit`, en: `${m} min` };
}

/**
 * The throttle's keys. A NIP appears only as a truncated SHA-256, so the counter store holds no
 * NIPs; the address is what Express reports as req.ip (TRUST_PROXY decides whose header counts).
 */
export function loginThrottleKeys(nip: string | null, address: string) {
  const id = nip ? createHash('sha256').update(`k360-login:${nip}`).digest('hex').slice(0, 32) : null;
  return {
    addressFailures: `login:fail:addr:${address}`,
    nipFailures: id && `login:fail:nip:${id}`,
    pairFailures: id && `login:fail:pair:${id}:${address}`,
    nipBlock: id && `login:block:nip:${id}`,
    pairBlock: id && `login:block:pair:${id}:${address}`,
    known: id && `login:known:${id}:${address}`,
  };
}
