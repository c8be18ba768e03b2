import { useEffect, useMemo, useState } from 'react';
import { COMMENT_MAX_CHARACTERS, IKM_ANSWER_COUNT, clipComment } from '../../../../libs/scoring/src/public-rating-rules';
import { ApiError, gql, newKey } from '../shared/gql';
import { submitRating } from '../shared/submit-rating';
import { useT, useTitle } from '../shared/i18n';
import { answers as answerScale, ikmQuestions, RATING_CONTEXT, RatingContext, tokenMessage } from '../shared/ikm';
import { LangSwitch } from '../shared/LangSwitch';
import { Face } from '../shared/Face';
import { PROFILE, RATE_MESSAGES } from './messages';

// Token problems are kept as codes and put into words at render time, so switching the language
// also translates a message already on screen.
type State =
  { step: 'loading' } | { step: 'invalid'; code: string } | { step: 'form'; ctx: RatingContext } | { step: 'done'; servicePointId: string };
type Problem = { kind: 'missing'; index: number } | { kind: 'api'; code: string } | { kind: 'offline' };

const TOKEN_DEAD = ['TOKEN_EXPIRED', 'TOKEN_REVOKED', 'TICKET_USED', 'INVALID_TOKEN', 'KIOSK_REVOKED'];

/** The QR page (/r/<token>, /t/<token>): the nine IKM questions, a comment, an optional profile. */
export function RatePage({ token }: { token: string }) {
  const { t, lang } = useT(RATE_MESSAGES);
  const questions = useMemo(() => ikmQuestions(lang), [lang]);
  const scale = useMemo(() => answerScale(lang), [lang]);
  const [state, setState] = useState<State>({ step: 'loading' });
  const [answers, setAnswers] = useState<Array<number | null>>(Array(IKM_ANSWER_COUNT).fill(null));
  const [comment, setComment] = useState('');
  const [profile, setProfile] = useState<Record<string, string>>({});
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  // One key per filled-in form: pressing "Kirim" again after a network error never counts twice.
  const idempotencyKey = useMemo(() => newKey(), []);
  useTitle(t('pageTitle'));

  useEffect(() => {
    gql<{ publicRatingContext: RatingContext }>(RATING_CONTEXT, { t: token })
      .then((d) => setState({ step: 'form', ctx: d.publicRatingContext }))
      .catch((e: unknown) => setState({ step: 'invalid', code: e instanceof ApiError ? e.code : 'INVALID_TOKEN' }));
  }, [token]);

  if (state.step === 'loading')
    return (
      <main aria-busy="true">
        <LangSwitch />
        <p>{t('loading')}</p>
      </main>
    );
  if (state.step === 'invalid')
    return (
      <main>
        <LangSwitch />
        <h1>{t('heading')}</h1>
        <p className="notice error" role="alert">
          {tokenMessage(state.code, lang)}
        </p>
      </main>
    );
  if (state.step === 'done')
    return (
      <main>
        <LangSwitch />
        <h1>{t('thanks')}</h1>
        <p className="notice ok" role="status">
          {t('received')}
        </p>
        <p>
          <a href={`/ikm/${encodeURIComponent(state.servicePointId)}`}>{t('results')}</a>
        </p>
      </main>
    );

  const { ctx } = state;
  const missing = answers.findIndex((a) => a === null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (missing >= 0) {
      setProblem({ kind: 'missing', index: missing });
      document.getElementById(`q-${missing}`)?.focus();
      return;
    }
    setSending(true);
    setProblem(null);
    const respondent = Object.fromEntries(Object.entries(profile).filter(([, v]) => v));
    try {
      await submitRating({
        token,
        idempotencyKey,
        kind: 'IKM',
        answers,
        comment: comment.trim() || undefined,
        respondent: Object.keys(respondent).length ? respondent : undefined,
      });
      setState({ step: 'done', servicePointId: ctx.servicePointId });
    } catch (e) {
      if (e instanceof ApiError && TOKEN_DEAD.includes(e.code)) setState({ step: 'invalid', code: e.code });
      else setProblem(e instanceof ApiError ? { kind: 'api', code: e.code } : { kind: 'offline' });
    } finally {
      setSending(false);
    }
  };
  const problemText = !problem
    ? null
    : problem.kind === 'missing'
      ? t('missing', { n: problem.index + 1, title: questions[problem.index].title })
      : problem.kind === 'api'
        ? tokenMessage(problem.code, lang)
        : t('offline');

  return (
    <main>
      <LangSwitch />
      <h1>{t('heading')}</h1>
      <p className="where">
        {ctx.servicePointName}, {ctx.unitName}
        {ctx.officer ? <> · {t('officer', { name: ctx.officer.name })}</> : null}
      </p>
      <form onSubmit={submit} noValidate>
        {questions.map((q, i) => (
          <fieldset key={q.code} id={`q-${i}`} tabIndex={-1}>
            <legend>
              {i + 1}. {q.title}
            </legend>
            <div>{q.question}</div>
            <div className="choices">
              {scale.map((a) => (
                <label className="choice" key={a.value}>
                  <input
                    type="radio"
                    name={q.code}
                    value={a.value}
                    checked={answers[i] === a.value}
                    onChange={() => {
                      setProblem(null);
                      setAnswers((prev) => prev.map((p, j) => (j === i ? a.value : p)));
                    }}
                  />
                  <span>
                    <b aria-hidden="true">
                      <Face value={a.value} />
                    </b>
                    {a.label}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <label className="block" htmlFor="comment">
          {t('comment')}
        </label>
        {/* The intake's limit, counted as the server counts it (code points; a textarea's maxLength counts UTF-16 units). */}
        <textarea
          id="comment"
          rows={3}
          maxLength={2 * COMMENT_MAX_CHARACTERS}
          value={comment}
          onChange={(e) => setComment(clipComment(e.target.value))}
        />
        <details>
          <summary>{t('profile')}</summary>
          {PROFILE.map((p) => (
            <div key={p.key}>
              <label className="block" htmlFor={`p-${p.key}`}>
                {t(p.key)}
              </label>
              <select id={`p-${p.key}`} value={profile[p.key] ?? ''} onChange={(e) => setProfile({ ...profile, [p.key]: e.target.value })}>
                <option value="">—</option>
                {p.options.map(([v, idLabel, enLabel]) => (
                  <option key={v} value={v}>
                    {lang === 'en' ? enLabel : idLabel}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </details>
        {problemText ? (
          <p className="err" role="alert">
            {problemText}
          </p>
        ) : null}
        <p>
          <button type="submit" disabled={sending}>
            {sending ? t('sending') : t('submit')}
          </button>
        </p>
      </form>
    </main>
  );
}
