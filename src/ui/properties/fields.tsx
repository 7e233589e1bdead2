/**
 * Form fields of the property panel. Text-like fields edit a draft and commit on Enter or leaving the field (one
 * undo step per committed change); Escape puts the draft back. A length is read with parseLength (`12' 6"`), and
 * what it cannot read is said under the field while the plan stays as it was.
 */
import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { formatLength, parseLength } from '../../model/units.ts';

interface Base {
  readonly label: string;
  /** A sentence under the field. */
  readonly help?: ReactNode;
  readonly disabled?: boolean;
  readonly testId?: string;
}

function useDraft(shown: string) {
  const [draft, setDraft] = useState(shown);
  const [editing, setEditing] = useState(false);
  // Undo, redo and other edits change the value under the field; an untouched field follows them.
  useEffect(() => {
    if (!editing) setDraft(shown);
  }, [shown, editing]);
  return { draft, setDraft, editing, setEditing };
}

function Field({ id, label, help, error, children }: { id: string; label: string; help?: ReactNode; error?: string | null; children: ReactNode }) {
  return (
    <div className={`field${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : help ? (
        <p className="field-help" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
    </div>
  );
}

interface DraftFieldProps<T> extends Base {
  readonly value: T;
  readonly format: (value: T) => string;
  /** The value the text means, or a sentence saying why it means none. */
  readonly parse: (text: string) => { ok: true; value: T } | { ok: false; message: string };
  readonly onCommit: (value: T) => void;
  readonly placeholder?: string;
  readonly inputMode?: 'text' | 'numeric' | 'decimal';
  readonly same?: (a: T, b: T) => boolean;
}

function DraftField<T>({ label, help, disabled, testId, value, format, parse, onCommit, placeholder, inputMode, same = Object.is }: DraftFieldProps<T>) {
  const id = useId();
  const shown = format(value);
  const { draft, setDraft, setEditing } = useDraft(shown);
  const parsed = parse(draft);
  const error = parsed.ok ? null : parsed.message;

  const commit = () => {
    // What cannot be read stays in the field with its sentence under it (the plan is not touched) until fixed or Esc.
    if (!parsed.ok) return;
    setEditing(false);
    if (!same(parsed.value, value)) onCommit(parsed.value);
    else setDraft(shown);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setDraft(shown);
      setEditing(false);
      e.currentTarget.blur();
    }
  };
  return (
    <Field id={id} label={label} help={help} error={error}>
      <input
        id={id}
        type="text"
        value={draft}
        disabled={disabled}
        placeholder={placeholder}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : help ? `${id}-help` : undefined}
        data-testid={testId}
        onFocus={() => setEditing(true)}
        onChange={(e) => {
          setEditing(true);
          setDraft(e.currentTarget.value);
        }}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
    </Field>
  );
}

export function TextField(props: Base & { value: string; onCommit: (v: string) => void; placeholder?: string; required?: boolean }) {
  return (
    <DraftField
      {...props}
      format={(v) => v}
      parse={(t) => (props.required && !t.trim() ? { ok: false, message: `${props.label} cannot be empty.` } : { ok: true, value: t.trim() })}
    />
  );
}

/** Optional text: blank removes the field. */
export function OptionalTextField(props: Base & { value: string | undefined; onCommit: (v: string | undefined) => void; placeholder?: string }) {
  return <DraftField {...props} format={(v) => v ?? ''} parse={(t) => ({ ok: true, value: t.trim() || undefined })} />;
}

interface LengthProps extends Base {
  readonly value: number | undefined;
  readonly onCommit: (inches: number | undefined) => void;
  /** Blank is allowed and means "not set" (the default applies). */
  readonly optional?: boolean;
  /** Shown when blank: the default that applies. */
  readonly placeholder?: string;
  readonly min?: number;
  readonly allowNegative?: boolean;
  /** Why a length that reads fine cannot be used here (a door wider than its wall), or null. */
  readonly check?: (inches: number) => string | null;
}

export function LengthField({ value, onCommit, optional, min = 0, allowNegative, check, ...rest }: LengthProps) {
  return (
    <DraftField<number | undefined>
      {...rest}
      value={value}
      onCommit={onCommit}
      format={(v) => (v === undefined ? '' : formatLength(v, { style: 'space' }))}
      parse={(text) => {
        if (!text.trim()) return optional ? { ok: true, value: undefined } : { ok: false, message: `${rest.label} is needed — write it like 12' 6" or 30".` };
        const r = parseLength(text);
        if (!r.ok) return { ok: false, message: r.message };
        if (!allowNegative && r.inches < min) return { ok: false, message: min > 0 ? `${rest.label} must be more than ${formatLength(min)}.` : `${rest.label} cannot be negative.` };
        const refused = check?.(r.inches);
        if (refused) return { ok: false, message: refused };
        return { ok: true, value: r.inches };
      }}
      same={(a, b) => (a === undefined || b === undefined ? a === b : Math.abs(a - b) < 1e-9)}
    />
  );
}

interface NumberProps extends Base {
  readonly value: number | undefined;
  readonly onCommit: (n: number | undefined) => void;
  readonly optional?: boolean;
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly unit?: string;
  readonly placeholder?: string;
}

export function NumberField({ value, onCommit, optional, integer, min, max, unit, ...rest }: NumberProps) {
  return (
    <DraftField<number | undefined>
      {...rest}
      value={value}
      onCommit={onCommit}
      inputMode={integer ? 'numeric' : 'decimal'}
      format={(v) => (v === undefined ? '' : String(v))}
      parse={(text) => {
        const t = text.trim().replace(new RegExp(`\\s*${unit ?? '$^'}$`), '');
        if (!t) return optional ? { ok: true, value: undefined } : { ok: false, message: `${rest.label} is needed.` };
        const n = Number(t);
        if (!Number.isFinite(n)) return { ok: false, message: `"${text}" is not a number.` };
        if (integer && !Number.isInteger(n)) return { ok: false, message: `${rest.label} is a whole number.` };
        if (min !== undefined && n < min) return { ok: false, message: `${rest.label} must be at least ${min}.` };
        if (max !== undefined && n > max) return { ok: false, message: `${rest.label} must be at most ${max}.` };
        return { ok: true, value: n };
      }}
    />
  );
}

/** An optional flag whose absence means false: checked sets it, unchecked removes it. */
export function CheckField({ label, help, disabled, testId, checked, onChange }: Base & { checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="field check">
      <input id={id} type="checkbox" checked={checked} disabled={disabled} data-testid={testId} onChange={(e) => onChange(e.currentTarget.checked)} aria-describedby={help ? `${id}-help` : undefined} />
      <label htmlFor={id}>{label}</label>
      {help ? (
        <p className="field-help" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
    </div>
  );
}

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
}

export function SelectField<T extends string>({
  label,
  help,
  disabled,
  testId,
  value,
  choices,
  onChange,
  unsetLabel,
}: Base & { value: T | undefined; choices: readonly Choice<T>[]; onChange: (v: T | undefined) => void; unsetLabel?: string }) {
  const id = useId();
  return (
    <Field id={id} label={label} help={help}>
      <select id={id} value={value ?? ''} disabled={disabled} data-testid={testId} onChange={(e) => onChange((e.currentTarget.value || undefined) as T | undefined)}>
        {unsetLabel !== undefined || value === undefined ? <option value="">{unsetLabel ?? '—'}</option> : null}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** An optional flag with a default: "Default (yes)", "Yes", "No". */
export function TriStateField({ label, help, disabled, testId, value, defaultValue, onChange }: Base & { value: boolean | undefined; defaultValue: boolean; onChange: (v: boolean | undefined) => void }) {
  const id = useId();
  return (
    <Field id={id} label={label} help={help}>
      <select
        id={id}
        value={value === undefined ? '' : value ? 'yes' : 'no'}
        disabled={disabled}
        data-testid={testId}
        onChange={(e) => {
          const v = e.currentTarget.value;
          onChange(v === '' ? undefined : v === 'yes');
        }}
      >
        <option value="">Default ({defaultValue ? 'yes' : 'no'})</option>
        <option value="yes">Yes</option>
        <option value="no">No</option>
      </select>
    </Field>
  );
}

/** Checkboxes for a set of values (a room's age bands). */
export function MultiCheckField<T extends string>({ label, help, disabled, testId, value, choices, onChange }: Base & { value: readonly T[]; choices: readonly Choice<T>[]; onChange: (v: T[]) => void }) {
  const id = useId();
  return (
    <fieldset className="field multi" disabled={disabled} data-testid={testId} aria-describedby={help ? `${id}-help` : undefined}>
      <legend>{label}</legend>
      {choices.map((c) => (
        <label key={c.value} className="multi-choice">
          <input
            type="checkbox"
            checked={value.includes(c.value)}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              onChange(choices.map((x) => x.value).filter((v) => (v === c.value ? on : value.includes(v))));
            }}
          />
          {c.label}
        </label>
      ))}
      {help ? (
        <p className="field-help" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
    </fieldset>
  );
}
