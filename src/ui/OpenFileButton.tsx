import { useRef, type ChangeEvent } from 'react';

interface Props {
  readonly onOpen: (name: string, text: string) => void;
}

/** "Open plan file…": a button in front of a hidden file input, so the control looks like the others. */
export function OpenFileButton({ onOpen }: Props) {
  const input = useRef<HTMLInputElement>(null);

  async function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const target = event.currentTarget;
    const file = target.files?.[0];
    if (!file) return;
    const text = await file.text();
    // Clear the choice so opening the same file again (after fixing it) fires another change.
    target.value = '';
    onOpen(file.name, text);
  }

  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        Open plan file…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Plan file to open"
        data-testid="open-file-input"
        onChange={handleChange}
      />
    </>
  );
}
