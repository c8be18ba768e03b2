import { openDB, type IDBPDatabase } from 'idb';

/** A rating waiting to be sent, with the idempotency key that makes every resend harmless. */
export interface PendingRating {
  idempotencyKey: string;
  kind: 'QUICK' | 'IKM';
  score?: number;
  answers?: number[];
  employeeId?: string;
  submittedAt: string;
}

let db: Promise<IDBPDatabase> | undefined;
const open = () =>
  (db ??= openDB('kinerja360-kiosk', 1, { upgrade: (d) => d.createObjectStore('pending', { keyPath: 'idempotencyKey' }) }));

export async function enqueue(r: PendingRating): Promise<void> {
  await (await open()).put('pending', r);
}
export async function pending(): Promise<PendingRating[]> {
  return (await open()).getAll('pending');
}
export async function remove(key: string): Promise<void> {
  await (await open()).delete('pending', key);
}
