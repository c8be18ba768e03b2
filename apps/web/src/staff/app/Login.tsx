import { useState } from 'react';
import { useT } from '../../shared/i18n';
import { LangSwitch } from '../../shared/LangSwitch';
import { session } from '../api';
import { graphql, useGqlMutation } from '../graphql';
import { errorText, STAFF_MESSAGES } from '../messages';

const LOGIN = graphql(`
  mutation StaffLogin($n: String!, $p: String!) {
    login(nip: $n, password: $p) {
      accessToken
    }
  }
`);

/** The sign-in form (NIP and password). */
export function Login({ onIn }: { onIn: () => void }) {
  const { t, lang } = useT(STAFF_MESSAGES);
  const [nip, setNip] = useState('');
  const [password, setPassword] = useState('');
  const login = useGqlMutation(LOGIN);
  return (
    <main>
      <LangSwitch />
      <h1>{t('signInHeading')}</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          login.mutate(
            { n: nip.trim(), p: password },
            {
              onSuccess: (d) => {
                session.set(d.login.accessToken);
                onIn();
              },
            },
          );
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
        {login.error ? (
          <p className="err" role="alert">
            {errorText(login.error, t, lang)}
          </p>
        ) : null}
        <p>
          <button type="submit" disabled={login.isPending}>
            {login.isPending ? t('signingIn') : t('signIn')}
          </button>
        </p>
      </form>
    </main>
  );
}
