// Section 4: benefits per tier (money budget, times per period, yes/no perk), the period, fiscal-year start
// month and the currency symbol.
import type { Settings } from '../../core/settings.ts';
import * as edit from '../edits.ts';
import { fieldId } from '../field-errors.ts';
import { tx } from '../text.ts';
import { FieldError, NumberField, SelectField, TextField, useUi } from './fields.tsx';

/** One card per benefit with an allowance per tier, then the period settings. */
export function BenefitsSection({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const { lang } = useUi();
  const months = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));
  return (
    <section aria-labelledby="h-benefits">
      <h2 id="h-benefits">{tx('benefits', lang)}</h2>
      {settings.benefits.map((benefit, i) => (
        <fieldset class="card benefit" key={benefit.id} data-benefit={benefit.id}>
          <legend>{benefit.label[lang] || benefit.id}</legend>
          <div class="row">
            <TextField
              class="grow"
              path={`benefits.${i}.label.${lang}`}
              label={tx('benefit', lang)}
              value={benefit.label[lang]}
              onChange={v => onChange(edit.updateBenefit(settings, i, { label: { ...benefit.label, [lang]: v } }))}
            />
            <SelectField
              class="medium"
              path={`benefits.${i}.kind`}
              label={tx('kind', lang)}
              value={benefit.kind}
              options={[
                { value: 'money', label: tx('kindMoney', lang) },
                { value: 'times', label: tx('kindTimes', lang) },
                { value: 'perk', label: tx('kindPerk', lang) },
              ]}
              onChange={v =>
                onChange(edit.updateBenefit(settings, i, { kind: v === 'times' || v === 'perk' ? v : 'money' }))
              }
            />
          </div>
          <div class="row allowances">
            {settings.tiers.map((tier, t) => {
              const path = `benefits.${i}.allowance.${t}`;
              const amount = benefit.allowance[t] ?? 0;
              return benefit.kind === 'perk' ? (
                <div class="field check" key={t}>
                  <label for={fieldId(path)}>{tier.name}</label>
                  <input
                    id={fieldId(path)}
                    type="checkbox"
                    checked={amount > 0}
                    onChange={e => onChange(edit.setAllowance(settings, i, t, e.currentTarget.checked ? 1 : 0))}
                  />
                </div>
              ) : (
                <NumberField
                  key={t}
                  class="cell"
                  path={path}
                  label={tier.name}
                  value={amount}
                  onChange={v => onChange(edit.setAllowance(settings, i, t, v))}
                />
              );
            })}
          </div>
          <FieldError path={`benefits.${i}.allowance`} />
          <button type="button" class="link danger" onClick={() => onChange(edit.removeBenefit(settings, i))}>
            {tx('removeBenefit', lang)}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => onChange(edit.addBenefit(settings, tx('newBenefit', lang)))}>
        {tx('addBenefit', lang)}
      </button>
      <div class="row">
        <SelectField
          class="grow"
          path="period.length"
          label={tx('period', lang)}
          value={settings.period.length}
          options={[
            { value: 'year', label: tx('periodYear', lang) },
            { value: 'half', label: tx('periodHalf', lang) },
            { value: 'quarter', label: tx('periodQuarter', lang) },
            { value: 'month', label: tx('periodMonth', lang) },
          ]}
          onChange={v =>
            onChange({
              ...settings,
              period: { ...settings.period, length: v === 'half' || v === 'quarter' || v === 'month' ? v : 'year' },
            })
          }
        />
        <SelectField
          class="narrow"
          path="period.fiscalYearStartMonth"
          label={tx('fiscalStart', lang)}
          value={String(settings.period.fiscalYearStartMonth)}
          options={months}
          onChange={v => onChange({ ...settings, period: { ...settings.period, fiscalYearStartMonth: Number(v) } })}
        />
      </div>
      <TextField
        class="narrow"
        path="currency"
        label={tx('currency', lang)}
        value={settings.currency}
        onChange={v => onChange({ ...settings, currency: v })}
      />
    </section>
  );
}
