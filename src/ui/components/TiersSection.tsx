// Section 3: tiers: how many, the method and its cut-offs or shares, names and colours, and gates
// ("at most B while overdue days > 90").
import type { GateOp, Settings, SettingsIssue } from '../../core/settings.ts';
import * as edit from '../edits.ts';
import { type TextKey, tx } from '../text.ts';
import { ColorField, FieldError, NumberField, SelectField, TextField, useUi } from './fields.tsx';

const OPS: readonly GateOp[] = ['>', '>=', '<', '<=', '='];
/** The comparison in words, for the option labels and the rule's sentence. */
const OP_WORDS = { '>': 'opGt', '>=': 'opGe', '<': 'opLt', '<=': 'opLe', '=': 'opEq' } as const satisfies Record<
  GateOp,
  TextKey
>;

type Props = {
  settings: Settings;
  /** Validation warnings (a gate that can never change a tier), shown under their gate; they never block Save. */
  warnings: readonly SettingsIssue[];
  onChange: (next: Settings) => void;
};

/** Tier count, method, tier names/colours and the gates. */
export function TiersSection({ settings, warnings, onChange }: Props) {
  const { lang } = useUi();
  const m = settings.method;
  const tierOptions = settings.tiers.map((t, i) => ({ value: String(i), label: t.name }));
  const dimensionOptions = settings.dimensions.map(d => ({ value: d.id, label: d.label[lang] || d.id }));
  return (
    <section aria-labelledby="h-tiers">
      <h2 id="h-tiers">{tx('tiers', lang)}</h2>
      <FieldError path="tiers" />
      <div class="row">
        <SelectField
          class="narrow"
          path="tiers.length"
          label={tx('tierCount', lang)}
          value={String(settings.tiers.length)}
          options={[3, 4, 5].map(n => ({ value: String(n), label: String(n) }))}
          onChange={v => onChange(edit.setTierCount(settings, Number(v)))}
        />
        <SelectField
          class="grow"
          path="method.kind"
          label={tx('method', lang)}
          value={m.kind}
          options={[
            { value: 'cutoffs', label: tx('methodCutoffs', lang) },
            { value: 'share', label: tx('methodShare', lang) },
            { value: 'pareto', label: tx('methodPareto', lang) },
          ]}
          onChange={v => onChange(edit.setMethodKind(settings, v === 'share' || v === 'pareto' ? v : 'cutoffs'))}
        />
      </div>
      {m.kind === 'pareto' ? (
        <SelectField
          path="method.dimension"
          label={tx('paretoMeasure', lang)}
          value={m.dimension}
          options={settings.dimensions
            .filter(d => d.direction === 'higher')
            .map(d => ({ value: d.id, label: d.label[lang] || d.id }))}
          onChange={v => onChange(edit.setParetoDimension(settings, v))}
        />
      ) : null}
      <FieldError path={m.kind === 'cutoffs' ? 'method.cutoffs' : 'method.shares'} />
      <div class="tiers">
        {settings.tiers.map((tier, i) => {
          const value = m.kind === 'cutoffs' ? m.cutoffs[i] : m.shares[i];
          const key = m.kind === 'cutoffs' ? 'cutoffFor' : m.kind === 'share' ? 'shareFor' : 'paretoFor';
          return (
            <div class="row tier" key={i} style={{ borderLeftColor: tier.color }}>
              <TextField
                class="narrow"
                path={`tiers.${i}.name`}
                label={tx('tierName', lang)}
                value={tier.name}
                onChange={v => onChange(edit.updateTier(settings, i, { name: v }))}
              />
              <ColorField
                class="color"
                path={`tiers.${i}.color`}
                label={tx('tierColor', lang)}
                value={tier.color}
                onChange={v => onChange(edit.updateTier(settings, i, { color: v }))}
              />
              {value === undefined ? (
                <div class="grow" />
              ) : (
                <NumberField
                  class="grow"
                  path={`method.${m.kind === 'cutoffs' ? 'cutoffs' : 'shares'}.${i}`}
                  label={tx(key, lang, { tier: tier.name })}
                  value={value}
                  onChange={v => onChange(edit.setMethodValue(settings, i, v))}
                />
              )}
            </div>
          );
        })}
      </div>
      <h3>{tx('gates', lang)}</h3>
      {settings.gates.map((gate, i) => {
        const tierField = (
          <SelectField
            class="narrow"
            path={`gates.${i}.atMost`}
            label={tx('gateAtMost', lang)}
            value={String(gate.atMost)}
            options={tierOptions}
            onChange={v => onChange(edit.updateGate(settings, i, { atMost: Number(v) }))}
          />
        );
        const dimensionField = (
          <SelectField
            class="grow"
            path={`gates.${i}.dimension`}
            label={tx('gateWhile', lang)}
            value={gate.dimension}
            options={dimensionOptions}
            onChange={v => onChange(edit.updateGate(settings, i, { dimension: v }))}
          />
        );
        const opField = (
          <SelectField
            class="narrow"
            path={`gates.${i}.op`}
            label={tx('gateOp', lang)}
            value={gate.op}
            options={OPS.map(op => ({ value: op, label: `${op} ${tx(OP_WORDS[op], lang)}` }))}
            onChange={v => onChange(edit.updateGate(settings, i, { op: OPS.find(op => op === v) ?? '>' }))}
          />
        );
        const valueField = (
          <NumberField
            class="grow"
            path={`gates.${i}.value`}
            label={tx('gateValue', lang)}
            value={gate.value}
            onChange={v => onChange(edit.updateGate(settings, i, { value: v }))}
          />
        );
        const dim = settings.dimensions.find(d => d.id === gate.dimension);
        const sentence = tx('gateSentence', lang, {
          dimension: dim ? dim.label[lang] || dim.id : gate.dimension,
          op: tx(OP_WORDS[gate.op], lang),
          value: gate.value,
          unit: dim?.unit === 'days' ? tx('gateDays', lang) : '',
          tier: settings.tiers[gate.atMost]?.name ?? '',
        });
        return (
          <fieldset class="card gate" key={i}>
            <legend>{tx('gate', lang, { n: i + 1 })}</legend>
            <p class="rule-sentence" data-rule={i}>
              {sentence}
            </p>
            {/* Fields in the order the sentence reads: Chinese names the condition first, English the tier. */}
            {lang === 'zh' ? (
              <>
                <div class="row">
                  {dimensionField}
                  {opField}
                </div>
                <div class="row">
                  {valueField}
                  {tierField}
                </div>
              </>
            ) : (
              <>
                <div class="row">
                  {tierField}
                  {dimensionField}
                </div>
                <div class="row">
                  {opField}
                  {valueField}
                </div>
              </>
            )}
            {warnings
              .filter(w => w.path === `gates.${i}`)
              .map(w => (
                <p class="notice" key={w.code} data-warning={w.path}>
                  {w.message[lang]}
                </p>
              ))}
            <button type="button" class="link danger" onClick={() => onChange(edit.removeGate(settings, i))}>
              {tx('removeGate', lang)}
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange(edit.addGate(settings))}>
        {tx('addGate', lang)}
      </button>
    </section>
  );
}
