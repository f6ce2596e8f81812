import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/classify.ts';
import { defaultSettings, PRESET_NAMES } from '../../src/core/presets.ts';
import { idleGates } from '../../src/core/rule-reach.ts';
import { validateSettings } from '../../src/core/settings.ts';

const TODAY = new Date(2026, 10, 26);

describe('rule-reach', () => {
  describe('idleGates', () => {
    it.each(PRESET_NAMES)('finds no idle gate in the %s preset', preset => {
      expect(idleGates(defaultSettings(preset, 'zh'))).toEqual([]);
    });

    it('gives both the factory and the trading preset the overdue rules', () => {
      for (const preset of ['factory', 'trading'] as const) {
        expect(defaultSettings(preset, 'zh').gates.map(g => [g.dimension, g.op, g.value])).toEqual([
          ['overdue_days', '>', 90],
          ['overdue_days', '>', 180],
        ]);
      }
    });

    it('lets every default rule actually change a tier: the best customer meeting it is lowered', () => {
      for (const preset of ['factory', 'trading'] as const) {
        const s = defaultSettings(preset, 'en');
        for (const gate of s.gates) {
          const row = ['Best Co', 5_000_000, 1_000_000, gate.value + 1];
          const r = classify({ headers: ['Customer', 'Revenue', 'Profit', 'Overdue days'], rows: [row] }, s, {
            today: TODAY,
          }).results[0];
          expect(r?.gate?.gate, `${preset} ${gate.value}`).toEqual(gate);
          expect(r?.tier).toBe(gate.atMost);
        }
      }
    });

    it("flags the article's 'at most B above 90 days' under the factory weights, with the best score", () => {
      const s = defaultSettings('factory', 'zh');
      s.gates = [{ atMost: 1, dimension: 'overdue_days', op: '>', value: 90 }];
      expect(idleGates(s)).toEqual([{ index: 0, bestScore: 65, bestTier: 1 }]);
    });

    it('never flags a gate under share tiers, where any score can reach the top', () => {
      const s = defaultSettings('factory', 'zh');
      s.gates = [{ atMost: 1, dimension: 'overdue_days', op: '>', value: 90 }];
      expect(idleGates({ ...s, method: { kind: 'share', shares: [10, 20, 30] } })).toEqual([]);
    });
  });

  describe('validateSettings', () => {
    it('warns about a gate that can never change a tier, without refusing the settings', () => {
      const s = defaultSettings('factory', 'zh');
      s.gates = [{ atMost: 1, dimension: 'overdue_days', op: '>', value: 90 }];
      const result = validateSettings(s);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0]?.path).toBe('gates.0');
      expect(result.warnings[0]?.message.zh).toContain('这条规则不会起作用：符合条件的客户最多只能得 65 分');
      expect(result.warnings[0]?.message.en).toContain('can never change a tier');
    });
  });
});
