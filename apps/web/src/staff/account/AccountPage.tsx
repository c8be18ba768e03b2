import { useState, type FormEvent } from 'react';
import { ApiError } from '../../shared/gql';
import { defineMessages, useT } from '../../shared/i18n';
import { useMe } from '../app/me';
import { graphql, useGqlMutation } from '../graphql';
import { errorText, STAFF_MESSAGES } from '../messages';

const M = defineMessages({
  id: {
    heading: 'Akun saya',
    passwordHeading: 'Ganti kata sandi',
    current: 'Kata sandi sekarang',
    next: 'Kata sandi baru',
    confirm: 'Ulangi kata sandi baru',
    rule: 'Minimal 8 karakter, memuat huruf dan angka.',
    mismatch: 'Kata sandi baru dan ulangannya tidak sama.',
    save: 'Simpan kata sandi baru',
    saving: 'Menyimpan…',
    saved: 'Kata sandi diganti. Sesi Anda di perangkat lain telah diakhiri.',
    wrongCurrent: 'Kata sandi sekarang salah.',
  },
  en: {
    heading: 'My account',
    passwordHeading: 'Change password',
    current: 'Current password',
    next: 'New password',
    confirm: 'Repeat the new password',
    rule: 'At least 8 characters, with letters and digits.',
    mismatch: 'The new password and its repetition differ.',
    save: 'Save the new password',
    saving: 'Saving…',
    saved: 'Password changed. Your sessions on other devices have ended.',
    wrongCurrent: 'The current password is wrong.',
  },
});

const CHANGE_PASSWORD = graphql(`
  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

/** Everyone's own account (/app/account): who they are, and changing their password. */
export function AccountPage() {
  const me = useMe();
  const { t, lang } = useT(M);
  const staff = useT(STAFF_MESSAGES).t;
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const change = useGqlMutation(CHANGE_PASSWORD);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMismatch(next !== confirm);
    if (next !== confirm) return;
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setConfirm('');
        },
      },
    );
  };
  return (
    <section aria-labelledby="account-heading">
      <h2 id="account-heading">{t('heading')}</h2>
      <p>
        {me.name} · {me.position}
      </p>
      <form onSubmit={submit} aria-labelledby="password-heading" noValidate>
        <h3 id="password-heading">{t('passwordHeading')}</h3>
        <label className="block" htmlFor="pw-current">
          {t('current')}
        </label>
        <input
          id="pw-current"
          className="field"
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
        <label className="block" htmlFor="pw-new">
          {t('next')}
        </label>
        <input
          id="pw-new"
          className="field"
          type="password"
          autoComplete="new-password"
          required
          aria-describedby="pw-rule"
          value={next}
          onChange={(e) => setNext(e.target.value)}
        />
        <p id="pw-rule" className="hint">
          {t('rule')}
        </p>
        <label className="block" htmlFor="pw-confirm">
          {t('confirm')}
        </label>
        <input
          id="pw-confirm"
          className="field"
          type="password"
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
        />
        {mismatch ? (
          <p className="err" role="alert">
            {t('mismatch')}
          </p>
        ) : change.error ? (
          <p className="err" role="alert">
            {change.error instanceof ApiError && change.error.code === 'INVALID_CREDENTIALS'
              ? t('wrongCurrent')
              : errorText(change.error, staff, lang)}
          </p>
        ) : change.isSuccess ? (
          <p className="notice" role="status">
            {t('saved')}
          </p>
        ) : null}
        <p>
          <button type="submit" disabled={change.isPending || !current || !next}>
            {change.isPending ? t('saving') : t('save')}
          </button>
        </p>
      </form>
    </section>
  );
}
