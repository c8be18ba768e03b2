import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../../../shared/i18n';
import { COMMON_MESSAGES } from './commonMessages';

/**
 * A modal confirmation before an action that cannot be taken back (native <dialog>: focus stays
 * inside, Escape cancels, focus returns to the opener). `children` may add fields (a reason).
 */
export function ConfirmDialog(props: {
  title: string;
  body: ReactNode;
  confirm: string;
  danger?: boolean;
  busy?: boolean;
  confirmDisabled?: boolean;
  children?: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useT(COMMON_MESSAGES);
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
      <div id={bodyId}>{props.body}</div>
      {props.children}
      <div className="row">
        <button type="button" className="secondary" autoFocus onClick={props.onCancel}>
          {t('cancel')}
        </button>
        <button
          type="button"
          className={props.danger ? 'danger' : undefined}
          disabled={props.busy || props.confirmDisabled}
          aria-busy={props.busy}
          onClick={props.onConfirm}
        >
          {props.confirm}
        </button>
      </div>
    </dialog>
  );
}
