import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../../shared/i18n';
import { errorText, STAFF_MESSAGES } from '../../messages';
import { SHARED_MESSAGES } from './sharedMessages';

/**
 * A modal confirmation for a destructive action (native <dialog>: focus stays inside, Escape
 * cancels, focus returns to the opener). `error` shows the server's refusal inside the dialog.
 */
export function ConfirmDialog(props: {
  title: string;
  body: string;
  confirm: string;
  busy?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useT(SHARED_MESSAGES);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      opener?.focus?.();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id={titleId}>{props.title}</h2>
      <p id={bodyId}>{props.body}</p>
      {props.error ? (
        <p className="err" role="alert">
          {props.error}
        </p>
      ) : null}
      <div className="row">
        <button type="button" className="secondary" autoFocus onClick={props.onCancel}>
          {t('cancel')}
        </button>
        <button type="button" className="danger" disabled={props.busy} aria-busy={props.busy} onClick={props.onConfirm}>
          {props.confirm}
        </button>
      </div>
    </dialog>
  );
}

/** The part of a TanStack mutation a confirmed action needs. */
interface Mutation<V> {
  mutate: (variables: V, options?: { onSuccess?: () => void }) => void;
  reset: () => void;
  isPending: boolean;
  error: unknown;
}

/**
 * A destructive action behind a confirmation: the button opens the dialog, confirming runs the
 * mutation; a refusal (e.g. a unit that is not empty) is shown in the dialog, in the server's words.
 */
export function ConfirmButton<V>(props: {
  label: string;
  /** The button's accessible name when `label` alone is ambiguous in a list. */
  ariaLabel?: string;
  title: string;
  body: string;
  confirm: string;
  mutation: Mutation<V>;
  variables: V;
  onDone?: () => void;
}) {
  const { lang } = useT(SHARED_MESSAGES);
  const staff = useT(STAFF_MESSAGES).t;
  const [open, setOpen] = useState(false);
  const m = props.mutation;
  return (
    <>
      <button
        type="button"
        className="secondary danger-outline"
        aria-label={props.ariaLabel}
        onClick={() => {
          m.reset();
          setOpen(true);
        }}
      >
        {props.label}
      </button>
      {open ? (
        <ConfirmDialog
          title={props.title}
          body={props.body}
          confirm={props.confirm}
          busy={m.isPending}
          error={m.error ? errorText(m.error, staff, lang) : null}
          onCancel={() => setOpen(false)}
          onConfirm={() =>
            m.mutate(props.variables, {
              onSuccess: () => {
                setOpen(false);
                props.onDone?.();
              },
            })
          }
        />
      ) : null}
    </>
  );
}
