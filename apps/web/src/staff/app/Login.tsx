import { useState } from 'react';
import { useT } from '../../shared/i18n';
import { LangSwitch } from '../../shared/LangSwitch';
import { session, staffGql } from '../api';
import { errorText, STAFF_MESSAGES } from '../messages';

/** The sign-in form (NIP and password). */
export function Login({ onIn }: { onIn: () => void }) {
  const { t, lang } = useT(STAFF_MESSAGES);
  const [nip, setNip] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  return (
    <main>
      <LangSwitch />
      <h1>{t('signInHeading')}</h1>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          setError(null);
          try {
            const d = await staffGql<{ login: { accessToken: string } }>(
              `mutation($n: String!, $p: String!) { login(nip: $n, password: $p) { accessToken } }`,
              { n: nip.trim(), p: password },
            );
            session.set(d.login.accessToken);
            onIn();
          } catch (err) {
            setError(err);
          } finally {
            setBusy(false);
          }
        }}
      >
        <label className="block" htmlFor="nip">
          {t('nip')}
        </label>
        <input
          id="nip"
          inputMode="numeric"
          autoComplete="username"
          value={nip}
          onChange={(e) => setNip(e.target.value)}
          className="field"
        />
        <label className="block" htmlFor="password">
          {t('password')}
        </label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          className="field"
        />
        {error ? (
          <p className="err" role="alert">
            {errorText(error, t, lang)}
          </p>
        ) : null}
        <p>
          <button type="submit" disabled={busy}>
            {busy ? t('signingIn') : t('signIn')}
          </button>
        </p>
      </form>
    </main>
  );
}
