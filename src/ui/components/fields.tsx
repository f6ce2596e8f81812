// Form controls shared by the sidebar sections: real <input>/<select> elements with <label>s, each wired to its
// settings path so validation messages appear under the right field (and are announced via aria-describedby).
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../core/locale.ts';
import { errorId, errorsAt, type FieldErrors, fieldId, parseTyped } from '../field-errors.ts';
import { tx } from '../text.ts';

/**
 * What every control needs to know: the language, the current validation messages, and where to report a box
 * whose text is not a number yet (so Save can refuse while the settings still hold the previous number).
 */
export type UiState = {
  readonly lang: Lang;
  readonly errors: FieldErrors;
  readonly reportUnread: (path: string, unread: boolean) => void;
};

export const UiContext = createContext<UiState>({ lang: 'en', errors: new Map(), reportUnread: () => {} });

/** The language and messages of the nearest provider. */
export function useUi(): UiState {
  return useContext(UiContext);
}

/** The validation messages for `path` (plus a local one), as text under the field. */
export function FieldError({ path, local }: { path: string; local?: string | null }) {
  const { lang, errors } = useUi();
  const messages = errorsAt(errors, path).map(m => m[lang]);
  if (local) messages.unshift(local);
  if (messages.length === 0) return null;
  return (
    <div id={errorId(path)} class="error" data-path={path}>
      {messages.map(m => (
        <div key={m}>{m}</div>
      ))}
    </div>
  );
}

/** What every labelled field takes: its settings path (for errors), label, value and change handler. */
type FieldProps<T> = {
  path: string;
  label: string;
  value: T;
  onChange: (value: T) => void;
  class?: string;
};

type NumberFieldProps = FieldProps<number> & { hint?: string };

/**
 * A number input that keeps what the user types: a value that is not a number yet ('', '-', '1,2x') stays in the
 * box with a message and is not sent to the settings until it reads as a number.
 */
export function NumberField({ path, label, value, onChange, hint, class: className }: NumberFieldProps) {
  const { lang, errors, reportUnread } = useUi();
  const [text, setText] = useState(String(value));
  const [bad, setBad] = useState(false);
  useEffect(() => {
    reportUnread(path, bad);
    return () => reportUnread(path, false);
  }, [path, bad]);
  useEffect(() => {
    // Follow outside changes (a preset, a tier count) without clobbering what is being typed.
    if (parseTyped(text) !== value) {
      setText(String(value));
      setBad(false);
    }
  }, [value]);
  const id = fieldId(path);
  const invalid = bad || errorsAt(errors, path).length > 0;
  return (
    <div class={`field ${className ?? ''}`}>
      <label for={id}>
        {label}
        {hint ? <span class="hint"> {hint}</span> : null}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId(path) : undefined}
        onInput={event => {
          const typed = event.currentTarget.value;
          setText(typed);
          const n = parseTyped(typed);
          setBad(n === null);
          if (n !== null) onChange(n);
        }}
      />
      <FieldError path={path} local={bad ? tx('enterNumber', lang) : null} />
    </div>
  );
}

type Option = { readonly value: string; readonly label: string };

type SelectFieldProps = FieldProps<string> & { options: readonly Option[] };

/** A labelled <select>; option labels may be sheet text and are rendered as text. */
export function SelectField({ path, label, value, options, onChange, class: className }: SelectFieldProps) {
  const { errors } = useUi();
  const id = fieldId(path);
  const invalid = errorsAt(errors, path).length > 0;
  return (
    <div class={`field ${className ?? ''}`}>
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId(path) : undefined}
        onChange={event => onChange(event.currentTarget.value)}
      >
        {options.map(o => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError path={path} />
    </div>
  );
}

type TextFieldProps = FieldProps<string>;

/** A labelled text input. */
export function TextField(props: TextFieldProps) {
  return <PlainInput {...props} type="text" />;
}

/** A labelled colour picker (#rrggbb). */
export function ColorField(props: TextFieldProps) {
  return <PlainInput {...props} type="color" />;
}

function PlainInput({
  path,
  label,
  value,
  onChange,
  type,
  class: className,
}: TextFieldProps & { type: 'text' | 'color' }) {
  const { errors } = useUi();
  const id = fieldId(path);
  const invalid = errorsAt(errors, path).length > 0;
  return (
    <div class={`field ${className ?? ''}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        {...(type === 'color' ? { type: 'color' } : { type: 'text' })}
        value={value}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId(path) : undefined}
        onInput={event => onChange(event.currentTarget.value)}
      />
      <FieldError path={path} />
    </div>
  );
}
