// Section 1: the company profile. Each preset is a button with one sentence on what it grades by.
import type { PresetName } from '../../core/settings.ts';
import { type TextKey, tx } from '../text.ts';
import { useUi } from './fields.tsx';

const PRESETS: readonly { name: PresetName; label: TextKey; hint: TextKey }[] = [
  { name: 'factory', label: 'presetFactory', hint: 'presetFactoryHint' },
  { name: 'trading', label: 'presetTrading', hint: 'presetTradingHint' },
  { name: 'custom', label: 'presetCustom', hint: 'presetCustomHint' },
];

/** Preset buttons; the current preset is marked pressed. Choosing one replaces the draft (nothing is saved yet). */
export function ProfileSection({ preset, onPick }: { preset: PresetName; onPick: (preset: PresetName) => void }) {
  const { lang } = useUi();
  return (
    <section aria-labelledby="h-profile">
      <h2 id="h-profile">{tx('profile', lang)}</h2>
      <div class="presets">
        {PRESETS.map(p => (
          <div class="preset" key={p.name}>
            <button
              type="button"
              id={`preset-${p.name}`}
              aria-pressed={preset === p.name}
              aria-describedby={`preset-${p.name}-hint`}
              onClick={() => onPick(p.name)}
            >
              {tx(p.label, lang)}
            </button>
            <p class="hint" id={`preset-${p.name}-hint`}>
              {tx(p.hint, lang)}
            </p>
          </div>
        ))}
      </div>
    </section>
  );
}
