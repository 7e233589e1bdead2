/** After a reload: says the plan on screen is the one autosaved, and when. */
interface Props {
  readonly savedAt: string;
  readonly onDismiss: () => void;
  readonly onStartOver: () => void;
}

export function RestoredNote({ savedAt, onDismiss, onStartOver }: Props) {
  const when = new Date(savedAt);
  const text = Number.isNaN(when.getTime()) ? '' : ` (saved ${when.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })})`;
  return (
    <div className="note" role="status" data-testid="restored-note">
      <span>
        Restored your last plan{text}. Changes are saved in this browser as you go; use <strong>Save .json</strong> to keep a file.
      </span>
      <span className="note-actions">
        <button type="button" className="button subtle small" onClick={onStartOver}>
          Start a new plan
        </button>
        <button type="button" className="button subtle small" onClick={onDismiss} aria-label="Dismiss the note">
          Dismiss
        </button>
      </span>
    </div>
  );
}
