import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings, PRESET_NAMES } from '../../src/core/presets.ts';
import {
  migrateSettings,
  readSettings,
  readSettingsJson,
  SETTINGS_MAX_BYTES,
  type Settings,
  type SettingsIssue,
  validateSettings,
} from '../../src/core/settings.ts';

const factory = (): Settings => defaultSettings('factory', 'zh');

/** Validates a factory preset changed by `edit` and returns its issues. */
function issuesAfter(edit: (s: Settings) => void): SettingsIssue[] {
  const s = factory();
  edit(s);
  const result = validateSettings(s);
  return result.ok ? [] : result.issues;
}

/** The edit makes validation fail at `path` with `code`; returns that issue. */
function rejects(edit: (s: Settings) => void, path: string, code: string): SettingsIssue {
  const issues = issuesAfter(edit);
  const found = issues.find(i => i.path === path && i.code === code);
  expect(found, JSON.stringify(issues)).toBeDefined();
  if (!found) throw new Error('unreachable');
  return found;
}

describe('settings', () => {
  describe('validateSettings', () => {
    it('accepts every preset in both languages', () => {
      for (const preset of PRESET_NAMES) {
        for (const lang of ['zh', 'en'] as const) {
          expect(validateSettings(defaultSettings(preset, lang))).toEqual({
            ok: true,
            settings: defaultSettings(preset, lang),
            warnings: [],
          });
        }
      }
    });

    it('names the dimension and field in zh and en', () => {
      const found = rejects(
        s => {
          Object.assign(s.dimensions[1] ?? {}, { weight: -1 });
        },
        'dimensions.1.weight',
        'number_ge_0',
      );
      expect(found.message).toEqual({
        zh: '维度 2「利润」的权重必须是 ≥ 0 的数字',
        en: 'Dimension 2 "Profit": weight must be a number ≥ 0',
      });
    });

    it('reports a missing field by its path', () => {
      const doc: Record<string, unknown> = { ...factory() };
      delete doc.currency;
      const result = validateSettings(doc);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues).toEqual([
        { path: 'currency', code: 'required', message: { zh: '货币符号必须填写', en: 'Currency symbol is required' } },
      ]);
    });

    it('rejects a non-object', () => {
      expect(validateSettings(null)).toMatchObject({ ok: false, issues: [{ path: '', code: 'object' }] });
    });

    it('rejects too few tiers and a bad colour', () => {
      rejects(s => s.tiers.splice(2), 'tiers', 'tier_count');
      rejects(
        s => {
          Object.assign(s.tiers[0] ?? {}, { color: 'green' });
        },
        'tiers.0.color',
        'color',
      );
    });

    it('checks the cut-off count and order', () => {
      const count = rejects(
        s => Object.assign(s, { method: { kind: 'cutoffs', cutoffs: [80, 60] } }),
        'method.cutoffs',
        'cutoffs_count',
      );
      expect(count.message.en).toBe('Tiering method: cut-offs must have exactly 3 cut-offs (tiers − 1)');
      rejects(
        s => Object.assign(s, { method: { kind: 'cutoffs', cutoffs: [60, 80, 40] } }),
        'method.cutoffs',
        'cutoffs_order',
      );
    });

    it('checks shares add up to at most 100', () => {
      expect(issuesAfter(s => Object.assign(s, { method: { kind: 'share', shares: [10, 20, 30] } }))).toEqual([]);
      rejects(
        s => Object.assign(s, { method: { kind: 'share', shares: [50, 40, 30] } }),
        'method.shares',
        'shares_sum',
      );
    });

    it('needs one share per tier but the last', () => {
      for (const shares of [
        [10, 20],
        [10, 20, 30, 10],
      ]) {
        rejects(s => Object.assign(s, { method: { kind: 'share', shares } }), 'method.shares', 'shares_count');
      }
    });

    it('checks the Pareto dimension and boundaries', () => {
      expect(
        issuesAfter(s => Object.assign(s, { method: { kind: 'pareto', dimension: 'revenue', shares: [80, 95] } })),
      ).toEqual([]);
      rejects(
        s => Object.assign(s, { method: { kind: 'pareto', dimension: 'sales', shares: [80] } }),
        'method.dimension',
        'unknown_dimension',
      );
      const direction = rejects(
        s => Object.assign(s, { method: { kind: 'pareto', dimension: 'overdue_days', shares: [80] } }),
        'method.dimension',
        'pareto_direction',
      );
      expect(direction.message).toEqual({
        zh: '分级方法的维度必须选“越高越好”的一项（帕累托分级按它累计）',
        en: 'Tiering method: dimension must be a higher-is-better dimension for Pareto tiering',
      });
      rejects(
        s => Object.assign(s, { method: { kind: 'pareto', dimension: 'revenue', shares: [95, 80] } }),
        'method.shares',
        'pareto_order',
      );
    });

    it('checks gates refer to a dimension and a tier', () => {
      const found = rejects(
        s => s.gates.push({ atMost: 1, dimension: 'nope', op: '>', value: 1 }),
        'gates.2.dimension',
        'unknown_dimension',
      );
      expect(found.message).toEqual({
        zh: '第 3 条封顶规则的维度不是已设置的维度编号',
        en: 'Gate 3: dimension is not the id of a configured dimension',
      });
      rejects(
        s => s.gates.push({ atMost: 4, dimension: 'revenue', op: '<', value: 1 }),
        'gates.2.atMost',
        'tier_index',
      );
    });

    it('checks allowances have one amount per tier and perks are yes/no', () => {
      rejects(s => s.benefits[0]?.allowance.pop(), 'benefits.0.allowance', 'allowance_length');
      const perk = rejects(s => s.benefits[2]?.allowance.splice(0, 1, 2), 'benefits.2.allowance', 'perk_allowance');
      expect(perk.message).toEqual({
        zh: '权益 3「免费开模」的额度只能是 1（有）或 0（无）',
        en: 'Benefit 3 "Free mould opening": allowance must be 1 (yes) or 0 (no) for a perk',
      });
    });

    it('names a label by the language that is there and leaves out an empty name', () => {
      const label = rejects(
        s => Object.assign(s.dimensions[0] ?? {}, { label: { zh: 5, en: 'Revenue' } }),
        'dimensions.0.label.zh',
        'text',
      );
      expect(label.message).toEqual({
        zh: '维度 1「Revenue」的中文名称必须是文字',
        en: 'Dimension 1 "Revenue": Chinese label must be text',
      });
      const name = rejects(s => Object.assign(s.tiers[1] ?? {}, { name: '' }), 'tiers.1.name', 'name');
      expect(name.message).toEqual({
        zh: '等级 2 的名称必须是 1 到 20 个字符的名称',
        en: 'Tier 2: name must be a name of 1 to 20 characters',
      });
    });

    it('needs a dimension with weight', () => {
      for (const d of factory().dimensions) expect(d.weight).toBeGreaterThan(0);
      rejects(
        s => {
          for (const d of s.dimensions) d.weight = 0;
        },
        'dimensions',
        'no_weight',
      );
    });

    it('rejects duplicate ids and names', () => {
      rejects(s => Object.assign(s.dimensions[1] ?? {}, { id: 'revenue' }), 'dimensions.1.id', 'duplicate_id');
      rejects(s => Object.assign(s.tiers[1] ?? {}, { name: 'A' }), 'tiers.1.name', 'duplicate_name');
      const id = rejects(s => Object.assign(s.benefits[1] ?? {}, { id: 'samples' }), 'benefits.1.id', 'duplicate_id');
      // The message says which rule was broken, in both languages.
      expect(id.message.en).toContain('repeats an earlier id');
      expect(id.message.zh).toContain('与前面的编号重复');
      const name = rejects(s => Object.assign(s.tiers[2] ?? {}, { name: 'B' }), 'tiers.2.name', 'duplicate_name');
      expect(name.message.en).toContain('repeats an earlier name');
      expect(name.message.zh).toContain('与前面的名称重复');
    });

    it('rejects bands that would reward a worse value', () => {
      rejects(
        s => {
          const n = s.dimensions[0]?.normalisation;
          if (n?.kind === 'bands') n.bands.reverse();
        },
        'dimensions.0.normalisation.bands',
        'bands_order',
      );
    });

    it('rejects a document too large for one Properties value, by its UTF-8 size', () => {
      for (const preset of PRESET_NAMES) {
        expect(JSON.stringify(defaultSettings(preset, 'zh')).length).toBeLessThan(SETTINGS_MAX_BYTES / 3);
      }
      // 12 dimensions with 4 header names of 30 characters (86 bytes each): 9.6 KB, within every field limit.
      const s = factory();
      const [revenue] = s.dimensions;
      if (!revenue) throw new Error('factory has dimensions');
      s.gates = [];
      s.dimensions = Array.from({ length: 12 }, (_, d) => ({
        ...revenue,
        id: `d${d}`,
        headers: Array.from({ length: 4 }, (_, h) => `${'销'.repeat(28)}${d}${h}`),
      }));
      const result = validateSettings(s);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const [found] = result.issues;
      expect(found).toMatchObject({ path: '', code: 'too_large' });
      const bytes = new TextEncoder().encode(JSON.stringify(s)).length;
      expect(found?.message).toEqual({
        zh: `设置太大了（${bytes} 字节，最多 8192）：请删掉一些表头名称、分档或权益`,
        en: `Settings are too large (${bytes} bytes, at most 8192): remove some header names, bands or benefits`,
      });
      s.dimensions = s.dimensions.slice(0, 9); // 7.5 KB
      expect(validateSettings(s).ok).toBe(true);
    });

    it('says a newer document needs a newer add-on', () => {
      expect(validateSettings({ ...factory(), version: 3 })).toMatchObject({
        ok: false,
        issues: [{ path: 'version', code: 'newer_version' }],
      });
    });
  });

  describe('benefit cost and spend alert (optional)', () => {
    it('accepts documents without them and keeps what is given', () => {
      const s = defaultSettings('factory', 'en');
      const bare = { ...s, benefits: s.benefits.map(({ unitCost: _cost, ...b }) => b) };
      expect(validateSettings(bare).ok).toBe(true);
      const given = validateSettings({ ...s, spendAlertPercent: 35 });
      expect(given.ok && given.settings.spendAlertPercent).toBe(35);
      expect(given.ok && given.settings.benefits.find(b => b.id === 'training')?.unitCost).toBe(800);
    });

    it('accepts exactly the finite costs in 0..1e12 and alert percents in 0..100 (generated)', () => {
      const anyNumber = fc.oneof(
        fc.double({ noNaN: false }),
        fc.integer({ min: -5, max: 105 }),
        fc.constantFrom(0, 100, 1e12, -0.001, 100.001),
      );
      fc.assert(
        fc.property(anyNumber, anyNumber, (cost, percent) => {
          const s = defaultSettings('factory', 'en');
          const doc = {
            ...s,
            spendAlertPercent: percent,
            benefits: s.benefits.map((b, i) => (i === 1 ? { ...b, unitCost: cost } : b)),
          };
          const ok = (v: number, max: number) => Number.isFinite(v) && v >= 0 && v <= max;
          expect(validateSettings(doc).ok).toBe(ok(cost, 1e12) && ok(percent, 100));
        }),
      );
    });

    it('rejects a negative cost per use and an alert percent outside 0..100, by path', () => {
      rejects(
        s => {
          const training = s.benefits[1];
          if (training) s.benefits[1] = { ...training, unitCost: -1 };
        },
        'benefits.1.unitCost',
        'number_ge_0',
      );
      rejects(s => Object.assign(s, { spendAlertPercent: 101 }), 'spendAlertPercent', 'percent');
    });
  });

  describe('review cycle (optional)', () => {
    it('accepts documents without it and keeps a quarter, half or year', () => {
      const s = defaultSettings('factory', 'en');
      const parsed = validateSettings(s);
      expect(parsed.ok && 'reviewCycle' in parsed.settings).toBe(false);
      for (const cycle of ['quarter', 'half', 'year'] as const) {
        const given = validateSettings({ ...s, reviewCycle: cycle });
        expect(given.ok && given.settings.reviewCycle).toBe(cycle);
      }
    });

    it('rejects any other cycle, by path', () => {
      rejects(s => Object.assign(s, { reviewCycle: 'month' }), 'reviewCycle', 'choice');
      rejects(s => Object.assign(s, { reviewCycle: '' }), 'reviewCycle', 'choice');
    });
  });

  describe('migrateSettings', () => {
    it('leaves version 1 documents unchanged', () => {
      const s = factory();
      expect(migrateSettings(s)).toBe(s);
    });

    it('migrates a version-0 document with percentage weights', () => {
      const v0 = {
        preset: 'trading',
        dimensions: [
          { id: 'profit', name: '利润', weight: '70%' },
          { id: 'revenue', name: '销售额', weight: '30%' },
          { id: 'visits', name: '拜访次数', weight: 0, headers: ['拜访'] },
        ],
        cutoffs: [85, 60],
        tiers: ['金', '银', '铜'],
      };
      const result = readSettings(v0);
      expect(result.ok, JSON.stringify(result)).toBe(true);
      if (!result.ok) return;
      const s = result.settings;
      expect(s.version).toBe(2);
      expect(s.dimensions.map(d => [d.id, d.weight])).toEqual([
        ['profit', 70],
        ['revenue', 30],
        ['visits', 0],
      ]);
      expect(s.dimensions[0]?.label).toEqual({ zh: '利润', en: 'Profit' });
      expect(s.dimensions[2]).toMatchObject({ label: { zh: '拜访次数', en: '拜访次数' }, headers: ['拜访'] });
      expect(s.tiers.map(tier => tier.name)).toEqual(['金', '银', '铜']);
      expect(s.method).toEqual({ kind: 'cutoffs', cutoffs: [85, 60] });
      expect(s.benefits[0]?.allowance).toEqual([3000, 1000, 500]);
    });

    it('fits the preset cut-offs, gates and allowances to a version-0 tier count', () => {
      const three = readSettings({
        preset: 'factory',
        dimensions: [
          { id: 'revenue', name: '销售额', weight: 60 },
          { id: 'overdue_days', name: '逾期天数', weight: 40 },
        ],
        tiers: ['金', '银', '铜'],
      });
      expect(three.ok, JSON.stringify(three)).toBe(true);
      if (!three.ok) return;
      expect(three.settings.method).toEqual({ kind: 'cutoffs', cutoffs: [80, 60] });
      expect(three.settings.gates.map(g => [g.dimension, g.atMost])).toEqual([
        ['overdue_days', 2],
        ['overdue_days', 2],
      ]);
      const revenueOnly = readSettings({
        preset: 'factory',
        dimensions: [{ id: 'revenue', name: '销售额', weight: 1 }],
      });
      expect(revenueOnly.ok && revenueOnly.settings.gates).toEqual([]);
      const five = readSettings({ tiers: ['S', 'A', 'B', 'C', 'D'], dimensions: [{ id: 'revenue', weight: 1 }] });
      expect(five.ok, JSON.stringify(five)).toBe(true);
      if (!five.ok) return;
      expect(five.settings.method).toEqual({ kind: 'cutoffs', cutoffs: [80, 60, 40, 20] });
      expect(five.settings.benefits[0]?.allowance).toEqual([3000, 1000, 500, 0, 0]);
    });

    it('passes non-objects through for validation to reject', () => {
      expect(migrateSettings('x')).toBe('x');
    });
  });

  describe('readSettingsJson', () => {
    it('reports bad JSON as an issue', () => {
      expect(readSettingsJson('{')).toMatchObject({ ok: false, issues: [{ path: '', code: 'object' }] });
    });
  });
});
