// Settings for engine tests that need plain numeric measures m0, m1, … instead of the presets' dimensions.
import { defaultSettings } from '../../src/core/presets.ts';
import type { Dimension, Settings } from '../../src/core/settings.ts';

/** `count` higher-is-better plain measures 'm0'… with the given normalisation, scored with `method`. */
export function measures(
  kind: 'percentile' | 'minmax',
  count = 1,
  method: Settings['method'] = { kind: 'cutoffs', cutoffs: [80, 60, 40] },
): Settings {
  const dims: Dimension[] = Array.from({ length: count }, (_, d) => ({
    id: `m${d}`,
    label: { zh: `指标${d}`, en: `M${d}` },
    headers: [`m${d}`],
    valueType: 'number',
    unit: 'plain',
    direction: 'higher',
    weight: 1,
    normalisation: { kind },
    missing: 'worst',
  }));
  return { ...defaultSettings('custom', 'en'), dimensions: dims, method };
}
export const measureHeaders = (count = 1) => ['Customer', ...Array.from({ length: count }, (_, d) => `m${d}`)];
