import type { IncomingMessage, ServerResponse } from 'node:http';
import express from 'express';

/** Bodies of requests without a valid staff token: a rating, a pairing, a login fit in a few KB. */
export const ANONYMOUS_BODY_LIMIT = 64 * 1024;
/** Signed-in staff: CSV imports of a whole agency (5,000+ rows) travel inside one GraphQL request. */
export const SIGNED_IN_BODY_LIMIT = 8 * 1024 * 1024;

type Next = (err?: unknown) => void;
type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

/** The 413 answer, shaped as a GraphQL error so that every client reads its code the same way. */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse, limit: number): void {
  const kb = Math.round(limit / 1024);
  const body = JSON.stringify({
    errors: [
      {
        message: `Permintaan terlalu besar (maksimal ${kb} KB${limit === ANONYMOUS_BODY_LIMIT ? ' tanpa masuk' : ''}). / Request body too large (at most ${kb} KB${limit === ANONYMOUS_BODY_LIMIT ? ' without signing in' : ''}).`,
        extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: limit },
      },
    ],
  });
  res.statusCode = 413;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  // The rest of an oversized body is not worth reading: the connection ends with the answer.
  res.setHeader('connection', 'close');
  res.end(body);
}

/**
 * JSON and form body parsers with a limit chosen per request before a byte is read: requests
 * carrying a staff access token signed by this deployment (`isStaffToken`, a signature check
 * only; expiry and revocation are checked later as always) get SIGNED_IN_BODY_LIMIT, all others
 * ANONYMOUS_BODY_LIMIT. body-parser refuses by Content-Length before reading, and counts the
 * streamed bytes when there is none; either way the answer is 413 PAYLOAD_TOO_LARGE before any
 * JSON is parsed. Named `jsonParser` and `urlencodedParser` so that Nest does not add its own.
 */
export function createBodyParsers(isStaffToken: (token: string) => boolean): { jsonParser: Middleware; urlencodedParser: Middleware } {
  const parsers = (limit: number) => ({
    limit,
    json: express.json({ limit }) as unknown as Middleware,
    urlencoded: express.urlencoded({ extended: true, limit }) as unknown as Middleware,
  });
  const small = parsers(ANONYMOUS_BODY_LIMIT);
  const large = parsers(SIGNED_IN_BODY_LIMIT);
  const pick = (req: IncomingMessage) => {
    const header = req.headers.authorization;
    return typeof header === 'string' && header.startsWith('Bearer ') && isStaffToken(header.slice(7).trim()) ? large : small;
  };
  const run = (kind: 'json' | 'urlencoded'): Middleware => {
    return (req, res, next) => {
      const chosen = pick(req);
      chosen[kind](req, res, (err?: unknown) => {
        if ((err as { type?: string } | undefined)?.type === 'entity.too.large') return refuseTooLarge(req, res, chosen.limit);
        next(err);
      });
    };
  };
  const json = run('json');
  const urlencoded = run('urlencoded');
  return {
    jsonParser: function jsonParser(req, res, next) {
      json(req, res, next);
    },
    urlencodedParser: function urlencodedParser(req, res, next) {
      urlencoded(req, res, next);
    },
  };
}
