// The word table of a dimension scored by words (payment terms): one row per category with its synonyms and score,
// add and remove categories. Messages from validation (a repeated word, an empty table) appear under the field.
import { useEffect, useState } from 'preact/hooks';
import type { Category, Settings } from '../../core/settings-schema.ts';
import { addCategory, removeCategory, setCategoryScore, setCategoryWords, splitWords } from '../category-edits.ts';
import { ctx, joinWords } from '../category-text.ts';
import { errorId, errorsAt, fieldId } from '../field-errors.ts';
import { FieldError, NumberField, useUi } from './fields.tsx';

type Props = {
  index: number;
  categories: readonly Category[];
  onChange: (edit: (s: Settings) => Settings) => void;
};

/** Every category of the table, then the add button. */
export function CategoriesEditor({ index, categories, onChange }: Props) {
  const { lang } = useUi();
  const base = `dimensions.${index}.normalisation.categories`;
  return (
    <div class="categories" data-categories={index}>
      <FieldError path={base} />
      <p class="hint">{ctx('tableHint', lang)}</p>
      {categories.map((cat, c) => (
        <div class="row band category" key={c}>
          <WordsField
            path={`${base}.${c}.words`}
            label={ctx('words', lang)}
            words={cat.words}
            onChange={words => onChange(s => setCategoryWords(s, index, c, words))}
          />
          <NumberField
            class="narrow"
            path={`${base}.${c}.score`}
            label={ctx('score', lang)}
            value={cat.score}
            onChange={v => onChange(s => setCategoryScore(s, index, c, v))}
          />
          <button
            type="button"
            class="icon"
            aria-label={ctx('removeCategory', lang, c + 1)}
            disabled={categories.length <= 1}
            onClick={() => onChange(s => removeCategory(s, index, c))}
          >
            ×
          </button>
        </div>
      ))}
      <button type="button" class="link" onClick={() => onChange(s => addCategory(s, index, ctx('newWord', lang)))}>
        {ctx('addCategory', lang)}
      </button>
    </div>
  );
}

type WordsProps = { path: string; label: string; words: readonly string[]; onChange: (words: string[]) => void };

/**
 * The synonyms of one category in one box. Keeps what is typed (a trailing separator while typing the next word) and sends
 * the words; messages about any single word (a repeat, a blank) show under the box.
 */
function WordsField({ path, label, words, onChange }: WordsProps) {
  const { lang, errors } = useUi();
  const [text, setText] = useState(joinWords(words, lang));
  useEffect(() => {
    // Follow outside changes (a language switch, a reset) without clobbering what is being typed.
    if (splitWords(text).join('\u0000') !== words.join('\u0000')) setText(joinWords(words, lang));
  }, [words.join('\u0000'), lang]);
  const wordPaths = words.map((_, k) => `${path}.${k}`).filter(p => errorsAt(errors, p).length > 0);
  const described = [...(errorsAt(errors, path).length > 0 ? [path] : []), ...wordPaths].map(errorId).join(' ');
  const invalid = described !== '';
  const id = fieldId(path);
  return (
    <div class="field grow">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={text}
        aria-invalid={invalid}
        aria-describedby={invalid ? described : undefined}
        onInput={event => {
          const typed = event.currentTarget.value;
          setText(typed);
          onChange(splitWords(typed));
        }}
      />
      <FieldError path={path} />
      {wordPaths.map(p => (
        <FieldError key={p} path={p} />
      ))}
    </div>
  );
}
