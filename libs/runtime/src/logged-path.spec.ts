import { loggedPath } from './logged-path';

const TOKEN = 'l.6dU6PawVRr6TUh4vUB-cmw.AMB2sh1nGO_2hibL2LudOQ';

describe('loggedPath', () => {
  it('drops rating-link and ticket tokens and query strings from paths', () => {
    expect(loggedPath(`/r/${TOKEN}`)).toBe('/r/[token]');
    expect(loggedPath(`/r/${TOKEN}/qr.svg`)).toBe('/r/[token]/qr.svg');
    expect(loggedPath(`/t/${TOKEN.replace(/^l/, 't')}/qr.png?x=1`)).toBe('/t/[token]/qr.png');
    expect(loggedPath(`//r/anything-at-all`)).toBe('/r/[token]');
    expect(loggedPath(`/kiosk/${TOKEN.replace(/^l/, 'k')}`)).toBe('/kiosk/[token]');
    expect(loggedPath(`/x/${TOKEN.replace(/\./g, '%2E')}`)).toBe('/x/[token]');
  });

  it('leaves other paths alone', () => {
    for (const p of ['/graphql', '/health', '/app/rounds/3f1c', '/assets/index-DkQ3x9Ab.js', '/ikm/0b6f8a36-1f6e-4c3c-9d0a-2f9d2b1d4a55'])
      expect(loggedPath(p)).toBe(p);
  });
});
