// Section 4: benefits per tier (money budget, times per period, yes/no perk), each tier's own period beside its
// allowance and, for trainings and perks, what one use costs; the fiscal-year start month, the currency symbol and
// when the Summary flags a customer's benefit spend.
import type { PeriodLength, Settings } from '../../core/settings.ts';
import { DEFAULT_SPEND_ALERT_PERCENT } from '../../core/settings-schema.ts';
import * as edit from '../edits.ts';
import { fieldId } from '../field-errors.ts';
import { tx } from '../text.ts';
import { FieldError, NumberField, SelectField, TextField, useUi } from './fields.tsx';

function periodLength(v: string): PeriodLength {
  return v === 'half' || v === 'quarter' || v === 'month' ? v : 'year';
}

/** One card per benefit with an allowance and a period per tier, then the fiscal year's start and the currency. */
// '' in the select is "no cycle": the field is left out of the document rather than stored empty.
function withReviewCycle(settings: Settings, value: string): Settings {
  const { reviewCycle: _old, ...rest } = settings;
  return value === 'quarter' || value === 'half' || value === 'year' ? { ...rest, reviewCycle: value } : rest;
}

export function BenefitsSection({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const { lang } = useUi();
  const months = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));
  const periods = [
    { value: 'year', label: tx('periodYear', lang) },
    { value: 'half', label: tx('periodHalf', lang) },
    { value: 'quarter', label: tx('periodQuarter', lang) },
    { value: 'month', label: tx('periodMonth', lang) },
  ];
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
          {benefit.kind === 'perk' ? (
            <div class="row allowances">
              {settings.tiers.map((tier, t) => {
                const path = `benefits.${i}.allowance.${t}`;
                return (
                  <div class="field check" key={t}>
                    <label for={fieldId(path)}>{tier.name}</label>
                    <input
                      id={fieldId(path)}
                      type="checkbox"
                      checked={(benefit.allowance[t] ?? 0) > 0}
                      onChange={e => onChange(edit.setAllowance(settings, i, t, e.currentTarget.checked ? 1 : 0))}
                    />
                  </div>
                );
              })}
            </div>
          ) : (
            // One line per tier: the allowance and how often it renews ("A: 1 per quarter").
            settings.tiers.map((tier, t) => (
              <div class="row allowance" key={t} data-tier={t}>
                <NumberField
                  class="grow"
                  path={`benefits.${i}.allowance.${t}`}
                  label={tier.name}
                  value={benefit.allowance[t] ?? 0}
                  onChange={v => onChange(edit.setAllowance(settings, i, t, v))}
                />
                <SelectField
                  class="medium"
                  path={`benefits.${i}.periods.${t}`}
                  label={tx('periodOf', lang, { tier: tier.name })}
                  value={benefit.periods[t] ?? 'year'}
                  options={periods}
                  onChange={v => onChange(edit.setBenefitPeriod(settings, i, t, periodLength(v)))}
                />
              </div>
            ))
          )}
          {benefit.kind === 'money' ? null : (
            // A training session or a mould costs the company money: the Summary sets it against profit.
            <NumberField
              class="medium"
              path={`benefits.${i}.unitCost`}
              label={tx('unitCost', lang)}
              hint={tx('unitCostHint', lang)}
              value={benefit.unitCost ?? 0}
              onChange={v => onChange(edit.updateBenefit(settings, i, { unitCost: v }))}
            />
          )}
          <FieldError path={`benefits.${i}.periods`} />
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
          path="fiscalYearStartMonth"
          label={tx('fiscalStart', lang)}
          value={String(settings.fiscalYearStartMonth)}
          options={months}
          onChange={v => onChange({ ...settings, fiscalYearStartMonth: Number(v) })}
        />
      </div>
      <SelectField
        path="reviewCycle"
        label={tx('reviewCycle', lang)}
        value={settings.reviewCycle ?? ''}
        options={[
          { value: '', label: tx('reviewNone', lang) },
          { value: 'quarter', label: tx('periodQuarter', lang) },
          { value: 'half', label: tx('periodHalf', lang) },
          { value: 'year', label: tx('periodYear', lang) },
        ]}
        onChange={v => onChange(withReviewCycle(settings, v))}
      />
      <TextField
        class="narrow"
        path="currency"
        label={tx('currency', lang)}
        value={settings.currency}
        onChange={v => onChange({ ...settings, currency: v })}
      />
      <NumberField
        class="narrow"
        path="spendAlertPercent"
        label={tx('spendAlert', lang)}
        value={settings.spendAlertPercent ?? DEFAULT_SPEND_ALERT_PERCENT}
        onChange={v => onChange({ ...settings, spendAlertPercent: v })}
      />
    </section>
  );
}
