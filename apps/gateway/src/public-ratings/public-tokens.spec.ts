import { PublicTokens } from './public-tokens';

describe('PublicTokens', () => {
  const tokens = new PublicTokens('x'.repeat(40));
  const id = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

  it('round-trips kind and id', () => {
    for (const kind of ['link', 'kiosk', 'ticket'] as const) {
      const t = tokens.sign(kind, id);
      expect(t.length).toBeLessThan(60);
      expect(tokens.verify(t)).toEqual({ kind, id });
    }
  });

  it('refuses forged, altered, re-kinded or foreign tokens', () => {
    const t = tokens.sign('link', id);
    const [k, idPart, mac] = t.split('.');
    const otherId = tokens.sign('link', '3f2504e0-4f89-41d3-9a0c-0305e82c3302').split('.')[1];
    expect(tokens.verify(`${k}.${otherId}.${mac}`)).toBeNull();
    expect(tokens.verify(`t.${idPart}.${mac}`)).toBeNull();
    expect(tokens.verify(`${k}.${idPart}.${mac.slice(0, -2)}AA`)).toBeNull();
    expect(tokens.verify(new PublicTokens('y'.repeat(40)).sign('link', id))).toBeNull();
    expect(tokens.verify('garbage')).toBeNull();
    expect(tokens.verify(`${t}.extra`)).toBeNull();
    expect(tokens.verify('')).toBeNull();
  });
});
