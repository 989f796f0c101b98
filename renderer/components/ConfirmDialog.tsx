import { useEffect, useId, useRef } from 'react';
import './confirmDialog.css';

interface ConfirmDialogProps {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  /** The safe answer; "Keep it" unless the question is not about keeping something. */
  readonly cancelLabel?: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * A modal question before something that cannot be undone. Rendered only while asked:
 * it opens as a native modal dialog (focus inside, Escape cancels), and closing it
 * returns focus to the button that asked, when that button still exists.
 */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  cancelLabel = 'Keep it',
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const closeThen = (then: () => void) => () => {
    ref.current?.close();
    then();
  };

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        closeThen(onCancel)();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <p>{message}</p>
      <div className="actions">
        {/* The safe answer comes first and holds focus: Enter does not delete. */}
        {/* eslint-disable-next-line jsx-a11y/no-autofocus -- a modal dialog's initial focus */}
        <button type="button" className="secondary" autoFocus onClick={closeThen(onCancel)}>
          {cancelLabel}
        </button>
        <button type="button" className="danger" onClick={closeThen(onConfirm)}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
