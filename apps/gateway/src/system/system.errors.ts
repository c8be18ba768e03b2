import { AppError, invalidField } from '../common/app-error';
import { namesAsValues, ValueOf } from '../common/names';

/** The codes of the queues and the worker (extensions.code), besides the base codes. */
export const SystemErrorCode = namesAsValues(['QUEUE_UNAVAILABLE', 'WORKER_FAILED', 'WORKER_UNAVAILABLE']);
export type SystemErrorCode = ValueOf<typeof SystemErrorCode>;

/** Stable errors of the queues and the worker. */
export const SystemErrors = {
  queueUnavailable: (err: unknown) =>
    new AppError('QUEUE_UNAVAILABLE', `Antrean tidak dapat dihubungi. / The queue backend is unavailable: ${(err as Error).message}`),
  workerFailed: (reason: string | undefined) => new AppError('WORKER_FAILED', `Worker failed the ping: ${reason}`),
  workerUnavailable: (seconds: number) =>
    new AppError('WORKER_UNAVAILABLE', `Tidak ada worker yang menjawab dalam ${seconds} detik. / No worker answered in time.`),
  unknownQueue: (name: string, known: string[]) =>
    invalidField('queue', `Antrean tidak dikenal: ${name}. / Unknown queue.`, `one of ${known.join(', ')}`),
  jobNotFound: () => new AppError('NOT_FOUND', 'Job tidak ditemukan. / Job not found.'),
  jobNotFailed: () => new AppError('BAD_USER_INPUT', 'Job ini tidak gagal. / This job has not failed.'),
};
