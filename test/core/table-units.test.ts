// Units in headers end to end through classify: values scaled on the way in, amounts shown in the same unit on the
// way out (gap and gate texts), so a reason reads naturally next to its column.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/classify.ts';
import { defaultSettings } from '../../src/core/presets.ts';

const TODAY = new Date(2026, 10, 26);
const revenueOnly = defaultSettings('custom', 'zh');
const factory = defaultSettings('factory', 'zh');

const why = (headers: string[], row: unknown[], settings = revenueOnly) =>
  classify({ headers, rows: [row] }, settings, { today: TODAY }).results[0];

describe('units in headers', () => {
  it('reads 20 under 毛利（万元） as 200,000', () => {
    const r = why(['客户名称', '销售额', '毛利（万元）', '逾期天数'], ['甲', 1_000_000, 20, 0], factory);
    expect(r?.dimensions[1]?.value).toBe(200_000);
  });

  it('reads Revenue, k$ as thousands', () => {
    expect(why(['Customer', 'Revenue, k$'], ['A', 450])?.dimensions[0]?.value).toBe(450_000);
  });

  it('leaves a cell that names its own magnitude as it is', () => {
    expect(why(['客户名称', '销售额（万元）'], ['甲', '45万'])?.dimensions[0]?.value).toBe(450_000);
  });

  it('gives the gap in the column unit', () => {
    const r = why(['客户名称', '销售额（万元）'], ['甲', 45]);
    expect(r?.gap?.options[0]?.delta).toBe(50_000);
    expect(r?.reason.zh).toContain('销售额 45 万元；销售额再增加 5 万元即可升为 A 级');
    expect(r?.reason.en).toContain('revenue 45 万元; 5 万元 more revenue would reach A');
    expect(why(['Customer', 'Revenue, k$'], ['A', 452.5])?.reason.en).toContain('47.5 k$ more revenue');
  });

  it('gives money in the currency unit the header names, and days as days', () => {
    const r = why(['客户名称', '销售额(元)', '利润', '逾期天数（天）'], ['甲', 1_200_000, 260_000, 200], factory);
    expect(r?.reason.zh).toContain('逾期超过 180 天（现 200 天），降为 D 级；销售额 1,200,000 元');
    expect(why(['客户名称', '销售额(元)'], ['甲', 450_000])?.reason.zh).toContain('销售额再增加 50,000 元即可');
  });
});
