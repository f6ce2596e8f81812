import { describe, expect, it } from 'vitest';
import { intervalsFromDaily } from '../../../src/core/history/intervals.ts';
import {
  benefitUseByTier,
  evaluateSummaryLog,
  problemLines,
  summaryRows,
  summarySheet,
} from '../../../src/core/history/summary-sheet.ts';
import { defaultSettings } from '../../../src/core/presets.ts';
import { record, utcKey } from './fixtures.ts';
import { graded, TODAY } from './tiered.ts';

const settings = defaultSettings('factory', 'en');
const tierOf = (name: string) => settings.tiers.findIndex(t => t.name === name);

describe('summary-sheet', () => {
  describe('summaryRows', () => {
    it('gives one row per customer row, blank rows left out, with revenue, profit and the final tier', () => {
      const rows = summaryRows(graded(), settings);
      expect(rows.map(r => r.customer)).toEqual(['Acme', 'Beta', 'Bolt', 'Gamma', 'Typo']);
      expect(rows[0]).toEqual({
        customer: 'Acme',
        tier: tierOf('A'),
        revenue: 2_000_000,
        profit: 400_000,
        problem: false,
      });
      expect(rows[4]).toMatchObject({ customer: 'Typo', revenue: null, profit: 9_000, problem: true });
    });

    it('has no profit without a profit dimension', () => {
      const revenueOnly = defaultSettings('custom', 'en');
      expect(summaryRows(graded(revenueOnly), revenueOnly).every(r => r.profit === null)).toBe(true);
    });
  });

  describe('problemLines', () => {
    it("lists only rows with problems, each with its own reason in the user's language", () => {
      const lines = problemLines(graded(), 'en');
      expect(lines.map(l => l.customer)).toEqual(['Typo']);
      expect(lines[0]?.text).toContain('three');
    });
  });

  describe('benefitUseByTier', () => {
    const log = [
      [TODAY, 'Acme', 'Free samples', 1200, ''],
      [TODAY, 'acme', 'Free samples', 300, 'same customer, typed in lower case'],
      [TODAY, 'Beta', 'Free samples', 100, ''],
      [TODAY, 'Nobody', 'Free samples', 999, 'unknown customer: not counted'],
      ['2025-01-05', 'Beta', 'Free samples', 500, 'last period: not counted'],
    ];
    const input = { settings, history: [], log, today: TODAY, toDay: utcKey };

    it("adds each customer's use this period to the tier it holds today", () => {
      const rows = summaryRows(graded(), settings);
      const used = benefitUseByTier(rows, evaluateSummaryLog(rows, input), input);
      const samples = settings.benefits.findIndex(b => b.id === 'samples');
      expect(used[samples]?.[tierOf('A')]).toBe(1500);
      expect(used[samples]?.[tierOf('B')]).toBe(100);
      expect(used.flat().reduce((a, b) => a + b, 0)).toBe(1600);
    });

    it('counts a customer listed twice once', () => {
      const rows = summaryRows(graded(), settings);
      const twice = [...rows, ...rows.filter(r => r.customer === 'Acme')];
      expect(benefitUseByTier(twice, evaluateSummaryLog(twice, input), input)).toEqual(
        benefitUseByTier(rows, evaluateSummaryLog(rows, input), input),
      );
    });
  });

  describe('summarySheet', () => {
    const base = {
      tiered: graded(),
      settings,
      history: intervalsFromDaily([record('2026-11-01', 'Acme', 'B')]),
      today: TODAY,
      toDay: utcKey,
    };

    it('counts the table and says whether use is known', () => {
      expect(summarySheet({ ...base, log: null }, 'en')).toMatchObject({ customers: 4, usage: false });
      expect(summarySheet({ ...base, log: [] }, 'en')).toMatchObject({ customers: 4, usage: true });
    });

    it("titles the sheet with today's date in the user's language", () => {
      const { layout } = summarySheet({ ...base, log: null }, 'zh');
      expect(String(layout.values[0]?.[0])).toContain(TODAY);
      expect(String(layout.values[0]?.[0])).toMatch(/[\u4e00-\u9fff]/u);
    });
  });
});
