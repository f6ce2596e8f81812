import { describe, expect, it } from 'vitest';
import { tierSheetValues } from '../../src/core/pipeline.ts';
import { defaultSettings } from '../../src/core/presets.ts';
import { sampleCustomers } from '../../src/core/sample.ts';
import type { Settings } from '../../src/core/settings.ts';

const today = new Date('2026-11-26T00:00:00Z');
const options = (lang: 'zh' | 'en') => ({
  today,
  todayKey: '2026-11-26',
  dateKey: (d: Date) => d.toISOString().slice(0, 10),
  baselines: new Map(),
  lang,
});

describe('pipeline', () => {
  describe('tierSheetValues', () => {
    it('gives every sample customer a tier or a reason, and counts add up', () => {
      const values = sampleCustomers('zh', today);
      const result = tierSheetValues(values, defaultSettings('factory', 'zh'), options('zh'));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const { outputs, counts, problems } = result.value;
      expect(outputs).toHaveLength(values.length - 1);
      for (const [tier, , why] of outputs) {
        expect(tier).not.toBe('');
        expect(why).not.toBe('');
      }
      const statuses = outputs.filter(([tier]) => !['A', 'B', 'C', 'D'].includes(tier)).length;
      expect(counts.reduce((a, b) => a + b, 0) + statuses).toBe(values.length - 1);
      expect(problems).toBeGreaterThanOrEqual(statuses);
    });

    it('names the unreadable cell in the Why text of its row only, in the user language', () => {
      const values = [
        ['Customer', 'Revenue', 'Profit', 'Overdue days'],
        ['Good Co', 1_200_000, 250_000, 0],
        ['Typo Co', '三千', 250_000, 0],
      ];
      const result = tierSheetValues(values, defaultSettings('factory', 'en'), options('en'));
      if (!result.ok) throw new Error('expected a table');
      const [good, typo] = result.value.outputs;
      expect(good?.[0]).toBe('A');
      expect(typo?.[2]).toContain('三千');
      expect(typo?.[2]).toMatch(/Revenue/u);
    });

    it('applies a manual override with a reason and says so', () => {
      const values = [
        ['Customer', 'Revenue', 'Profit', 'Overdue days', 'Tier override', 'Override reason'],
        ['Small Co', 20_000, 2_000, 0, 'A', 'Strategic account'],
        ['No Reason Co', 20_000, 2_000, 0, 'A', ''],
      ];
      const result = tierSheetValues(values, defaultSettings('factory', 'en'), options('en'));
      if (!result.ok) throw new Error('expected a table');
      const [withReason, withoutReason] = result.value.outputs;
      expect(withReason?.[0]).toBe('A');
      expect(withReason?.[2]).toMatch(/Strategic account/u);
      expect(withoutReason?.[0]).not.toBe('A');
      expect(result.value.problems).toBe(1);
    });

    it('counts days since a date cell on the document calendar it is given, not the runtime one', () => {
      const factory = defaultSettings('factory', 'en');
      const recency = {
        ...(factory.dimensions[0] as Settings['dimensions'][number]),
        id: 'recency',
        label: { zh: '最近下单', en: 'Last order' },
        headers: ['Last order'],
        valueType: 'date' as const,
        unit: 'days' as const,
        direction: 'lower' as const,
      };
      const settings = { ...factory, dimensions: [...factory.dimensions, recency] };
      const values = [
        ['Customer', 'Revenue', 'Profit', 'Overdue days', 'Last order'],
        // Sheets gives a date cell as midnight in the spreadsheet zone: 5 March in Shanghai, 4 March in UTC.
        ['Acme', 1_000_000, 200_000, 0, new Date(Date.UTC(2026, 2, 4, 16))],
      ];
      const shanghai = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
      const today = new Date(Date.UTC(2026, 2, 5, 1));
      const opts = { ...options('en'), today, todayKey: '2026-03-05', dateKey: shanghai };
      const result = tierSheetValues(values, settings, opts);
      if (!result.ok) throw new Error('expected a table');
      const days = result.value.classification.results[0]?.dimensions.find(d => d.id === 'recency')?.value;
      expect(days).toBe(0);
    });

    it('gives plain text for the adapter to write literally: customer text and tier names as they are', () => {
      const factory = defaultSettings('factory', 'en');
      const settings = { ...factory, tiers: factory.tiers.map((t, i) => (i === 0 ? { ...t, name: '+A' } : t)) };
      const values = [
        ['Customer', 'Revenue', 'Profit', 'Overdue days'],
        ['=HYPERLINK("http://x")', '=1+2', 1, 0],
        ['Big Co', 5_000_000, 900_000, 0],
      ];
      const result = tierSheetValues(values, settings, options('en'));
      if (!result.ok) throw new Error('expected a table');
      const [typo, big] = result.value.outputs;
      expect(typo?.[2]).toBe("Revenue: '=1+2' is not a number");
      expect(big?.[0]).toBe('+A');
      expect(result.value.counts[0]).toBe(1);
    });
  });
});
