import { describe, expect, it } from 'vitest';
import { sampleCustomers } from '../../src/core/sample.ts';

const TODAY = new Date(Date.UTC(2026, 2, 5));
/** Where each sample city is, as Chinese sales teams divide the country. */
const REGION_OF: Readonly<Record<string, string>> = {
  宁波: '华东',
  苏州: '华东',
  温州: '华东',
  厦门: '华东',
  东莞: '华南',
  佛山: '华南',
  天津: '华北',
  成都: '西南',
};

describe('sampleCustomers', () => {
  it('puts each customer in the region of its city, in both languages', () => {
    const zh = sampleCustomers('zh', TODAY, 200).slice(1);
    const en = sampleCustomers('en', TODAY, 200).slice(1);
    expect(zh.map(row => REGION_OF[String(row[0]).slice(0, 2)])).toEqual(zh.map(row => row[1]));
    const english = { 华东: 'East', 华南: 'South', 华北: 'North', 西南: 'Southwest' } as const;
    expect(en.map(row => row[1])).toEqual(zh.map(row => english[row[1] as keyof typeof english]));
    expect(new Set(zh.map(row => row[1]))).toEqual(new Set(['华东', '华南', '华北', '西南']));
  });

  it("gives each region's customers its salesperson, and none in the south-west (the service plan's last group)", () => {
    const zh = sampleCustomers('zh', TODAY).slice(1);
    const reps = { 华东: '王芳', 华南: '李雷', 华北: '张伟', 西南: '' } as const;
    expect(zh.map(row => row[6])).toEqual(zh.map(row => reps[row[1] as keyof typeof reps]));
    expect(zh.some(row => row[6] === '')).toBe(true);
  });

  it('is the same list on every run', () => {
    expect(sampleCustomers('zh', TODAY)).toEqual(sampleCustomers('zh', TODAY));
  });
});
