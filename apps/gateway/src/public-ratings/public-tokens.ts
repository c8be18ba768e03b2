import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a public token stands for: a rating link (QR at a desk), a kiosk device, or a one-time ticket. */
export type PublicTokenKind = 'link' | 'kiosk' | 'ticket';
const PREFIX: Record<PublicTokenKind, string> = { link: 'l', kiosk: 'k', ticket: 't' };
const KIND_OF: Record<string, PublicTokenKind> = { l: 'link', k: 'kiosk', t: 'ticket' };

function uuidToB64(id: string): string {
  return Buffer.from(id.replace(/-/g, ''), 'hex').toString('base64url');
}
function b64ToUuid(s: string): string | null {
  const hex = Buffer.from(s, 'base64url').toString('hex');
  if (hex.length !== 32) return null;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Signed tokens: `<kind>.<id>.<mac>` with an HMAC-SHA256 (truncated to 128 bits) over kind and
 * id. A forged or altered token is refused without touching the database; revocation and expiry
 * live in the database row the id points to. Short enough for a QR code on a queue slip.
 */
export class PublicTokens {
  private readonly key: Buffer;
  /**
   * Tokens already found genuine (kiosks and rating links submit with the same token all day).
   * Verification is a pure function of the token and the secret, so remembering a result changes
   * nothing but its cost; revocation and expiry are still read from the database on every use.
   * Only genuine tokens are remembered; forged ones are checked in full every time.
   */
  private readonly verified = new Map<string, { kind: PublicTokenKind; id: string }>();
  private static readonly VERIFIED_MAX = 10_000;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('kinerja360/public-token/v1').digest();
  }

  private mac(kind: string, id: string): Buffer {
    return createHmac('sha256', this.key).update(`${kind}.${id}`).digest().subarray(0, 16);
  }

  sign(kind: PublicTokenKind, id: string): string {
    const idPart = uuidToB64(id);
    return `${PREFIX[kind]}.${idPart}.${this.mac(PREFIX[kind], idPart).toString('base64url')}`;
  }

  /** The kind and id of a genuine token, or null for anything forged, altered or malformed. */
  verify(token: string): { kind: PublicTokenKind; id: string } | null {
    if (typeof token !== 'string' || token.length > 100) return null;
    const known = this.verified.get(token);
    if (known) return { ...known };
    const parsed = this.check(token);
    if (parsed) {
      if (this.verified.size >= PublicTokens.VERIFIED_MAX) this.verified.delete(this.verified.keys().next().value as string);
      this.verified.set(token, { ...parsed });
    }
    return parsed;
  }

  private check(token: string): { kind: PublicTokenKind; id: string } | null {
    const [k, idPart, macPart, extra] = token.split('.');
    if (extra !== undefined || !k || !idPart || !macPart || !KIND_OF[k]) return null;
    const given = Buffer.from(macPart, 'base64url');
    const expected = this.mac(k, idPart);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const id = b64ToUuid(idPart);
    return id ? { kind: KIND_OF[k], id } : null;
  }
}
