import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { IKM_ANSWER_COUNT, submittedAtProblem } from '../../../../libs/scoring/src/public-rating-rules';
import { ApiError, gql, newKey } from '../shared/gql';
import { submitRating } from '../shared/submit-rating';
import { serverText, useT, useTitle } from '../shared/i18n';
import { answers as answerScale, ikmQuestions, RATING_CONTEXT, RatingContext, tokenMessage } from '../shared/ikm';
import { LangSwitch } from '../shared/LangSwitch';
import { Face } from '../shared/Face';
import { KIOSK_MESSAGES } from './messages';
import { enqueue, pending, PendingRating, remove } from './outbox';

const TOKEN_KEY = 'k360.kiosk.deviceToken';
const CONTEXT_KEY = 'k360.kiosk.context';
const OFFICER_KEY = 'k360.kiosk.officer';
const RESET_MS = 8000;

type Screen = { name: 'faces' } | { name: 'thanks' } | { name: 'survey'; index: number; answers: number[] };

/** Codes after which a queued rating can never be accepted: it is dropped instead of retried forever. */
const PERMANENT = new Set(['BAD_USER_INPUT', 'OFFICER_NOT_STAFF']);

/**
 * The kiosk (/kiosk): one tap on four faces, an optional nine-question survey, the officer on duty.
 * Offline-first: every rating is queued in IndexedDB with its idempotency key and sent when the
 * network allows; a service worker keeps the page itself available offline, also after a reload.
 */
export function KioskPage() {
  const { t, lang } = useT(KIOSK_MESSAGES);
  const questions = useMemo(() => ikmQuestions(lang), [lang]);
  const scale = useMemo(() => answerScale(lang), [lang]);
  const [token, setToken] = useState<string | null>(() => localStorage.getItem(TOKEN_KEY));
  const [ctx, setCtx] = useState<RatingContext | null>(() => JSON.parse(localStorage.getItem(CONTEXT_KEY) ?? 'null'));
  const [officer, setOfficer] = useState<string>(() => localStorage.getItem(OFFICER_KEY) ?? '');
  const [screen, setScreen] = useState<Screen>({ name: 'faces' });
  const [waiting, setWaiting] = useState(0);
  const [online, setOnline] = useState(navigator.onLine);
  // Kept as codes / server messages and put into words at render time (the language may change).
  const [fatal, setFatal] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [pairError, setPairError] = useState<{ code: string; message: string } | null>(null);
  const syncing = useRef(false);
  const resetTimer = useRef<number | undefined>(undefined);

  const refreshCount = useCallback(async () => setWaiting((await pending()).length), []);

  const sync = useCallback(async () => {
    if (!token || syncing.current) return;
    syncing.current = true;
    try {
      for (const r of await pending()) {
        try {
          // Older than the intake takes (RATING_MAX_AGE_DAYS): it can never count, so it is not sent.
          if (submittedAtProblem(new Date(r.submittedAt), Date.now()) === 'TOO_OLD') {
            await remove(r.idempotencyKey);
            continue;
          }
          await submitRating({ token, ...r });
          await remove(r.idempotencyKey);
        } catch (e) {
          if (e instanceof ApiError && PERMANENT.has(e.code)) await remove(r.idempotencyKey);
          else if (e instanceof ApiError && (e.code === 'KIOSK_REVOKED' || e.code === 'INVALID_TOKEN')) {
            setFatal(e.code);
            break;
          } else break; // offline or rate-limited: keep it, try again later
        } finally {
          await refreshCount();
        }
      }
    } finally {
      syncing.current = false;
    }
  }, [token, refreshCount]);

  useEffect(() => {
    const param = new URLSearchParams(location.search).get('device');
    if (param) {
      localStorage.setItem(TOKEN_KEY, param);
      setToken(param);
      history.replaceState(null, '', '/kiosk');
    }
    if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/kiosk-sw.js', { scope: '/' }).catch(() => undefined);
  }, []);

  useEffect(() => {
    if (!token) return;
    gql<{ publicRatingContext: RatingContext }>(RATING_CONTEXT, { t: token })
      .then((d) => {
        setCtx(d.publicRatingContext);
        localStorage.setItem(CONTEXT_KEY, JSON.stringify(d.publicRatingContext));
      })
      .catch((e: unknown) => {
        if (e instanceof ApiError) setFatal(e.code);
      });
  }, [token]);

  useEffect(() => {
    void refreshCount();
    void sync();
    const up = () => {
      setOnline(true);
      void sync();
    };
    const down = () => setOnline(false);
    addEventListener('online', up);
    addEventListener('offline', down);
    const timer = setInterval(() => void sync(), 5000);
    return () => {
      removeEventListener('online', up);
      removeEventListener('offline', down);
      clearInterval(timer);
    };
  }, [sync, refreshCount]);

  useTitle(t('pageTitle'));

  const record = async (r: Omit<PendingRating, 'idempotencyKey' | 'submittedAt'>) => {
    await enqueue({ ...r, employeeId: officer || undefined, idempotencyKey: newKey(), submittedAt: new Date().toISOString() });
    await refreshCount();
    void sync();
  };

  const thanks = () => {
    setScreen({ name: 'thanks' });
    clearTimeout(resetTimer.current);
    resetTimer.current = window.setTimeout(() => setScreen({ name: 'faces' }), RESET_MS);
  };

  if (!token)
    return (
      <main>
        <LangSwitch />
        <h1>{t('pairHeading')}</h1>
        <p>{t('pairHelp')}</p>
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            setPairError(null);
            try {
              const d = await gql<{ pairKiosk: { deviceToken: string } }>(
                `mutation($c: String!) { pairKiosk(code: $c) { deviceToken kioskName servicePointName } }`,
                { c: code.trim() },
              );
              localStorage.setItem(TOKEN_KEY, d.pairKiosk.deviceToken);
              setToken(d.pairKiosk.deviceToken);
            } catch (err) {
              setPairError(err instanceof ApiError ? { code: err.code, message: err.message } : { code: 'OFFLINE', message: '' });
            }
          }}
        >
          <label className="block" htmlFor="pairing-code">
            {t('pairCode')}
          </label>
          <input
            id="pairing-code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            className="field"
          />
          {pairError ? (
            <p className="err" role="alert">
              {pairError.code === 'INVALID_PAIRING_CODE'
                ? t('pairWrong')
                : pairError.code === 'OFFLINE'
                  ? t('offline')
                  : serverText(pairError.message, lang)}
            </p>
          ) : null}
          <p>
            <button type="submit">{t('pair')}</button>
          </p>
        </form>
      </main>
    );

  const status = (
    <div className="status" role="status" aria-live="polite">
      {online ? t('online') : t('offlineStatus')} · {t('waiting')} <span data-testid="waiting">{waiting}</span>
    </div>
  );

  if (fatal)
    return (
      <main>
        <LangSwitch />
        <p className="notice error" role="alert">
          {tokenMessage(fatal, lang)}
        </p>
        {status}
      </main>
    );

  if (screen.name === 'thanks')
    return (
      <main>
        <LangSwitch />
        <h1>{t('thanks')}</h1>
        <p>{t('fullSurveyAsk')}</p>
        <div className="row">
          <button
            onClick={() => {
              clearTimeout(resetTimer.current);
              setScreen({ name: 'survey', index: 0, answers: [] });
            }}
          >
            {t('fullSurvey')}
          </button>
          <button className="secondary" onClick={() => setScreen({ name: 'faces' })}>
            {t('finish')}
          </button>
        </div>
        {status}
      </main>
    );

  if (screen.name === 'survey') {
    const q = questions[screen.index];
    return (
      <main>
        <LangSwitch />
        <p className="where">{t('questionOf', { n: screen.index + 1, title: q.title })}</p>
        <h1>{q.question}</h1>
        <Faces
          label={q.title}
          scale={scale}
          onPick={async (value) => {
            const answers = [...screen.answers, value];
            if (answers.length < IKM_ANSWER_COUNT) return setScreen({ name: 'survey', index: screen.index + 1, answers });
            await record({ kind: 'IKM', answers });
            setScreen({ name: 'faces' });
            thanks();
          }}
        />
        {status}
      </main>
    );
  }

  return (
    <main>
      <LangSwitch />
      <p className="where">{ctx ? `${ctx.servicePointName}, ${ctx.unitName}` : ''}</p>
      {ctx?.officers.length ? (
        <p>
          <label htmlFor="officer">{t('officer')} </label>
          <select
            id="officer"
            value={officer}
            onChange={(e) => {
              setOfficer(e.target.value);
              localStorage.setItem(OFFICER_KEY, e.target.value);
            }}
          >
            <option value="">—</option>
            {ctx.officers.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </p>
      ) : null}
      <h1>{t('howWasIt')}</h1>
      <Faces
        label={t('quickRating')}
        scale={scale}
        onPick={async (value) => {
          await record({ kind: 'QUICK', score: value });
          thanks();
        }}
      />
      {status}
    </main>
  );
}

/** The four large answer buttons, for the one-tap rating and for each survey question. */
function Faces({
  label,
  scale,
  onPick,
}: {
  label: string;
  scale: Array<{ value: number; label: string }>;
  onPick: (value: number) => unknown;
}) {
  return (
    <div className="faces" role="group" aria-label={label}>
      {scale.map((a) => (
        <button key={a.value} onClick={() => void onPick(a.value)}>
          <b aria-hidden="true">
            <Face value={a.value} />
          </b>
          {a.label}
        </button>
      ))}
    </div>
  );
}
