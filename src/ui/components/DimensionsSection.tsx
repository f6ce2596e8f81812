// Section 2: the scored dimensions: column, direction, weight with its share, scoring (with a bands editor),
// missing-value policy; add and remove custom dimensions.
import { useState } from 'preact/hooks';
import { neededDimensions } from '../../core/missing-columns.ts';
import type { Dimension, Settings } from '../../core/settings.ts';
import { addPaymentTerms, setScoredByWords } from '../category-edits.ts';
import { ctx } from '../category-text.ts';
import * as edit from '../edits.ts';
import { tx } from '../text.ts';
import { CategoriesEditor } from './CategoriesEditor.tsx';
import { FieldError, NumberField, SelectField, useUi } from './fields.tsx';

type Props = {
  settings: Settings;
  headers: readonly string[];
  /** Column index each dimension currently reads (from the engine's header matching), null when not found. */
  columns: readonly (number | null)[];
  /** Numbers in a column, for fixed bands that fit the data. */
  columnValues: (column: number | null) => number[];
  onChange: (next: Settings) => void;
};

/** The list of dimension cards and the "add dimension" row. */
export function DimensionsSection({ settings, headers, columns, columnValues, onChange }: Props) {
  const { lang } = useUi();
  const shares = edit.weightShares(settings.dimensions);
  const needed = neededDimensions(settings);
  const [newColumn, setNewColumn] = useState('');
  // Blank headers are the add-on's own Tier/Score/Why positions (sent blank) or empty columns: nothing to map.
  const unused = headers
    .map((h, i) => ({ value: String(i), label: h }))
    .filter((option, i) => option.label.trim() !== '' && !columns.includes(i));
  return (
    <section aria-labelledby="h-dimensions">
      <h2 id="h-dimensions">{tx('dimensions', lang)}</h2>
      <FieldError path="dimensions" />
      {settings.dimensions.map((dim, i) => (
        <DimensionCard
          key={dim.id}
          index={i}
          dim={dim}
          share={shares[i] ?? 0}
          headers={headers}
          column={columns[i] ?? null}
          flagMissing={headers.length > 0 && needed.has(dim.id) && (columns[i] ?? null) === null}
          canRemove={settings.dimensions.length > 1}
          onChange={next => onChange(next(settings))}
          values={() => columnValues(columns[i] ?? null)}
        />
      ))}
      <div class="row add-row">
        <div class="field grow">
          <label for="new-dimension-column">{tx('newDimensionColumn', lang)}</label>
          <select id="new-dimension-column" value={newColumn} onChange={e => setNewColumn(e.currentTarget.value)}>
            <option value="">—</option>
            {unused.map(o => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          onClick={() => {
            onChange(edit.addDimension(settings, headers[Number(newColumn)] ?? ''));
            setNewColumn('');
          }}
        >
          {tx('addDimension', lang)}
        </button>
      </div>
      {settings.dimensions.some(d => d.id === 'payment_terms') ? null : (
        <button
          type="button"
          class="link"
          data-add-payment-terms=""
          onClick={() => {
            onChange(addPaymentTerms(settings, headers[Number(newColumn)] ?? ''));
            setNewColumn('');
          }}
        >
          {ctx('addPaymentTerms', lang)}
        </button>
      )}
    </section>
  );
}

type CardProps = {
  index: number;
  dim: Dimension;
  share: number;
  headers: readonly string[];
  column: number | null;
  /** The grade needs this dimension and the table has no column for it: Recompute grades nothing until mapped. */
  flagMissing: boolean;
  canRemove: boolean;
  onChange: (edit: (s: Settings) => Settings) => void;
  values: () => number[];
};

function DimensionCard({ index, dim, share, headers, column, flagMissing, canRemove, onChange, values }: CardProps) {
  const { lang } = useUi();
  const base = `dimensions.${index}`;
  // Scores by words are points already: better is always a higher score, so direction is not asked.
  const byWords = dim.normalisation.kind === 'categories';
  const columnOptions = [
    ...(column === null ? [{ value: '', label: tx('columnNotFound', lang) }] : []),
    ...headers.map((h, i) => ({ value: String(i), label: h })).filter(option => option.label.trim() !== ''),
  ];
  return (
    <fieldset class="card" data-dimension={dim.id}>
      <legend>{dim.label[lang] || dim.label.zh || dim.label.en}</legend>
      <FieldError path={base} />
      <SelectField
        path={`${base}.headers`}
        label={tx('column', lang)}
        value={column === null ? '' : String(column)}
        options={columnOptions}
        onChange={v => onChange(s => edit.setColumn(s, index, headers[Number(v)] ?? ''))}
      />
      {flagMissing ? (
        <p class="notice error" role="alert" data-missing-column={dim.id}>
          {tx('columnMissing', lang)}
        </p>
      ) : null}
      <div class="row">
        <NumberField
          class="narrow"
          path={`${base}.weight`}
          label={tx('weight', lang)}
          hint={tx('share', lang, { n: share.toFixed(0) })}
          value={dim.weight}
          onChange={v => onChange(s => edit.updateDimension(s, index, { weight: v }))}
        />
        {byWords ? null : (
          <SelectField
            class="grow"
            path={`${base}.direction`}
            label={tx('direction', lang)}
            value={dim.direction}
            options={[
              { value: 'higher', label: tx('higher', lang) },
              { value: 'lower', label: tx('lower', lang) },
            ]}
            onChange={v => onChange(s => edit.setDirection(s, index, v === 'lower' ? 'lower' : 'higher'))}
          />
        )}
      </div>
      <div class="share-bar" aria-hidden="true">
        <div style={{ width: `${share}%` }} />
      </div>
      <SelectField
        path={`${base}.normalisation.kind`}
        label={tx('normalisation', lang)}
        value={dim.normalisation.kind}
        options={[
          { value: 'bands', label: tx('bands', lang) },
          { value: 'percentile', label: tx('percentile', lang) },
          { value: 'minmax', label: tx('minmax', lang) },
          { value: 'categories', label: ctx('byWords', lang) },
        ]}
        onChange={v =>
          onChange(s =>
            v === 'categories'
              ? setScoredByWords(s, index, true)
              : edit.setNormalisationKind(s, index, v === 'bands' || v === 'minmax' ? v : 'percentile', values()),
          )
        }
      />
      {dim.normalisation.kind === 'bands' ? (
        <BandsEditor index={index} dim={dim} bands={dim.normalisation} onChange={onChange} />
      ) : null}
      {dim.normalisation.kind === 'categories' ? (
        <CategoriesEditor index={index} categories={dim.normalisation.categories} onChange={onChange} />
      ) : null}
      <SelectField
        path={`${base}.missing`}
        label={tx('missing', lang)}
        value={dim.missing}
        options={[
          { value: 'worst', label: tx('missingWorst', lang) },
          { value: 'reweight', label: tx('missingReweight', lang) },
          { value: 'insufficient', label: tx('missingInsufficient', lang) },
        ]}
        onChange={v =>
          onChange(s =>
            edit.updateDimension(s, index, { missing: v === 'reweight' || v === 'insufficient' ? v : 'worst' }),
          )
        }
      />
      {canRemove ? (
        <button type="button" class="link danger" onClick={() => onChange(s => edit.removeDimension(s, index))}>
          {tx('removeDimension', lang)}
        </button>
      ) : null}
    </fieldset>
  );
}

type BandsProps = {
  index: number;
  dim: Dimension;
  bands: Extract<Dimension['normalisation'], { kind: 'bands' }>;
  onChange: (edit: (s: Settings) => Settings) => void;
};

function BandsEditor({ index, dim, bands, onChange }: BandsProps) {
  const { lang } = useUi();
  const base = `dimensions.${index}.normalisation`;
  const op = dim.direction === 'higher' ? '≥' : '≤';
  return (
    <div class="bands">
      <FieldError path={`${base}.bands`} />
      {bands.bands.map((band, b) => (
        <div class="row band" key={b}>
          <NumberField
            class="grow"
            path={`${base}.bands.${b}.threshold`}
            label={`${tx('threshold', lang)} ${op}`}
            value={band.threshold}
            onChange={v => onChange(s => edit.updateBand(s, index, b, { threshold: v }))}
          />
          <NumberField
            class="narrow"
            path={`${base}.bands.${b}.points`}
            label={tx('points', lang)}
            value={band.points}
            onChange={v => onChange(s => edit.updateBand(s, index, b, { points: v }))}
          />
          <button
            type="button"
            class="icon"
            aria-label={`${tx('removeBand', lang)} ${b + 1}`}
            disabled={bands.bands.length <= 1}
            onClick={() => onChange(s => edit.removeBand(s, index, b))}
          >
            ×
          </button>
        </div>
      ))}
      <div class="row band">
        <NumberField
          class="narrow"
          path={`${base}.otherwise`}
          label={tx('otherwise', lang)}
          value={bands.otherwise}
          onChange={v => onChange(s => edit.setOtherwise(s, index, v))}
        />
        <button type="button" class="link" onClick={() => onChange(s => edit.addBand(s, index))}>
          {tx('addBand', lang)}
        </button>
      </div>
    </div>
  );
}
