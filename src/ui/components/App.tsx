// The sidebar: loads the settings and customer table once, keeps an unsaved draft, re-runs the engine on every
// edit for the what-if preview, and saves through the server (which validates again). Nothing is written before Save.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { parseNumberCell } from '../../core/cells.ts';
import { splitHeader } from '../../core/header-words.ts';
import { matchHeaders } from '../../core/headers.ts';
import type { Lang } from '../../core/locale.ts';
import { hasOwnMagnitude, scaleValue } from '../../core/scoring.ts';
import { type LocalText, type Settings, type SettingsIssue, validateSettings } from '../../core/settings.ts';
import * as edit from '../edits.ts';
import { fetchSidebarData, type ScriptRunner, type SidebarData, sendSettings } from '../endpoints.ts';
import { indexIssues } from '../field-errors.ts';
import { type Classifier, classifyRows, parseDay } from '../preview.ts';
import { tx } from '../text.ts';
import { moveExamples, type RowOutcome, summarise } from '../whatif.ts';
import { BenefitsSection } from './BenefitsSection.tsx';
import { DimensionsSection } from './DimensionsSection.tsx';
import { FieldError, UiContext } from './fields.tsx';
import { PreviewPanel } from './PreviewPanel.tsx';
import { ProfileSection } from './ProfileSection.tsx';
import { TiersSection } from './TiersSection.tsx';

type Props = { runner: ScriptRunner | null; classifier?: Classifier };

type Loaded = { data: SidebarData; saved: Settings };
type SaveState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'done'; message: LocalText }
  | { state: 'failed'; message: LocalText }
  | { state: 'rejected' }
  | { state: 'blocked' }
  | { state: 'confirm'; message: LocalText };

/** Loads once, then shows the editor; a failed load offers a retry. */
export function App({ runner, classifier = classifyRows }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<LocalText | null>(null);
  const [lang, setLang] = useState<Lang>(navigatorLang());
  const load = () => {
    setLoadError(null);
    fetchSidebarData(runner).then(reply => {
      if (reply.ok) {
        setLang(reply.value.lang);
        setLoaded({ data: reply.value, saved: reply.value.settings });
      } else setLoadError(reply.message);
    });
  };
  useEffect(load, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = tx('title', lang);
  }, [lang]);
  if (loaded === null) {
    return (
      <main class="sidebar">
        <h1 class="top">{tx('title', lang)}</h1>
        {loadError === null ? (
          <p class="notice">{tx('loading', lang)}</p>
        ) : (
          <div class="notice error" role="alert">
            <p>
              {tx('loadFailed', lang)}
              {loadError[lang]}
            </p>
            <button type="button" onClick={load}>
              {tx('retry', lang)}
            </button>
          </div>
        )}
      </main>
    );
  }
  return <Editor runner={runner} classifier={classifier} loaded={loaded} lang={lang} setLang={setLang} />;
}

type EditorProps = {
  runner: ScriptRunner | null;
  classifier: Classifier;
  loaded: Loaded;
  lang: Lang;
  setLang: (lang: Lang) => void;
};

function Editor({ runner, classifier, loaded, lang, setLang }: EditorProps) {
  const { data } = loaded;
  const table = data.table;
  const today = useMemo(() => parseDay(data.today), [data.today]);
  const [saved, setSaved] = useState<Settings>(loaded.saved);
  const [draft, setDraftState] = useState<Settings>(loaded.saved);
  const [serverIssues, setServerIssues] = useState<readonly SettingsIssue[]>([]);
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  const [unread, setUnread] = useState<ReadonlySet<string>>(new Set());
  const reportUnread = useCallback((path: string, isUnread: boolean) => {
    setUnread(prev => {
      if (prev.has(path) === isUnread) return prev;
      const next = new Set(prev);
      if (isUnread) next.add(path);
      else next.delete(path);
      return next;
    });
  }, []);
  const setDraft = (next: Settings) => {
    setDraftState(next);
    setServerIssues([]);
    if (save.state !== 'saving') setSave({ state: 'idle' });
  };

  const validation = useMemo(() => validateSettings(draft), [draft]);
  const errors = useMemo(
    () => indexIssues([...(validation.ok ? [] : validation.issues), ...serverIssues]),
    [validation, serverIssues],
  );
  const savedRows = useMemo(() => (table ? classifier(table, saved, today) : null), [table, saved, today]);
  const lastGood = useRef<{ settings: Settings; rows: readonly RowOutcome[]; names: string[] } | null>(null);
  const revision = useRef(0);
  const preview = useMemo(() => {
    if (table && validation.ok) {
      const rows = classifier(table, validation.settings, today);
      lastGood.current = { settings: validation.settings, rows, names: rows.map(r => r.name) };
    }
    revision.current += 1;
    return lastGood.current;
  }, [table, validation, today]);
  const match = useMemo(() => (table ? matchHeaders(table.headers, draft) : null), [table, draft]);
  const whatIf = preview && savedRows ? summarise({ settings: saved, rows: savedRows }, preview) : null;
  const examples =
    preview && savedRows
      ? moveExamples({ settings: saved, rows: savedRows }, preview, preview.names)
      : { up: [], down: [] };
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);

  const columnValues = (column: number | null): number[] => {
    if (!table || column === null) return [];
    const factor = splitHeader(table.headers[column]).unit?.factor ?? 1;
    const out: number[] = [];
    for (const row of table.rows) {
      const cell = parseNumberCell(row[column]);
      // Bands fitted to the data are in yuan, like the engine's values: 20 under a header in units of 10,000 yuan is 200,000.
      if (cell.ok) out.push(hasOwnMagnitude(row[column]) ? cell.value : scaleValue(cell.value, factor));
    }
    return out;
  };

  const current = useRef(draft);
  current.current = draft;
  const onSave = async (replaceUnreadable = false) => {
    const sent = draft;
    const check = validateSettings(sent);
    if (!check.ok || unread.size > 0) {
      setSave({ state: 'blocked' });
      return;
    }
    setSave({ state: 'saving' });
    const reply = await sendSettings(runner, check.settings, replaceUnreadable);
    if (!reply.ok) {
      setSave({ state: 'failed', message: reply.message });
    } else if (!reply.value.ok && 'unreadable' in reply.value) {
      setSave({ state: 'confirm', message: reply.value.unreadable });
    } else if (!reply.value.ok) {
      setServerIssues(reply.value.issues);
      setSave({ state: 'rejected' });
    } else {
      setSaved(check.settings);
      // The validator's output (e.g. trimmed tier names) becomes the draft, unless the user kept editing meanwhile.
      if (current.current === sent) setDraftState(check.settings);
      setSave({ state: 'done', message: reply.value.message });
    }
  };

  return (
    <UiContext.Provider value={{ lang, errors, reportUnread }}>
      <main class="sidebar">
        <header class="top">
          <h1>{tx('title', lang)}</h1>
          <button
            type="button"
            class="lang"
            // The visible word is the accessible name (a speech user says what they see); the hint is a description.
            lang={lang === 'zh' ? 'en' : 'zh-CN'}
            title={tx('switchLangLabel', lang)}
            onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
          >
            {tx('switchLang', lang)}
          </button>
        </header>
        {data.settingsProblem ? (
          <p class="notice error" role="alert" data-testid="settings-problem">
            {data.settingsProblem[lang]}
          </p>
        ) : null}
        <PreviewPanel
          lang={lang}
          settings={preview?.settings ?? saved}
          whatIf={whatIf}
          examples={examples}
          stale={!validation.ok}
          dirty={dirty}
          tableProblem={data.tableProblem ? data.tableProblem[lang] : null}
          revision={revision.current}
        />
        <ProfileSection preset={draft.preset} onPick={p => setDraft(edit.applyPreset(draft, p, lang))} />
        <DimensionsSection
          settings={draft}
          headers={table?.headers ?? []}
          columns={match?.dimensions ?? draft.dimensions.map(() => null)}
          columnValues={columnValues}
          onChange={setDraft}
        />
        <TiersSection settings={draft} warnings={validation.ok ? validation.warnings : []} onChange={setDraft} />
        <BenefitsSection settings={draft} onChange={setDraft} />
        <footer class="savebar">
          {/* Issues about the whole document (path ''), such as settings too large to store. */}
          <FieldError path="" />
          <SaveStatus lang={lang} save={save} dirty={dirty} />
          {save.state === 'confirm' ? (
            <button type="button" class="danger" onClick={() => onSave(true)}>
              {tx('replaceUnreadable', lang)}
            </button>
          ) : null}
          <div class="row">
            <button type="button" class="primary" disabled={save.state === 'saving'} onClick={() => onSave()}>
              {tx(save.state === 'saving' ? 'saving' : 'save', lang)}
            </button>
            <button type="button" disabled={!dirty || save.state === 'saving'} onClick={() => setDraft(saved)}>
              {tx('discard', lang)}
            </button>
          </div>
        </footer>
      </main>
    </UiContext.Provider>
  );
}

function SaveStatus({ lang, save, dirty }: { lang: Lang; save: SaveState; dirty: boolean }) {
  const text =
    save.state === 'done' || save.state === 'confirm'
      ? save.message[lang]
      : save.state === 'failed'
        ? `${tx('saveFailed', lang)}${save.message[lang]}`
        : save.state === 'rejected'
          ? tx('saveRejected', lang)
          : save.state === 'blocked'
            ? tx('fixFirst', lang)
            : dirty
              ? tx('unsaved', lang)
              : '';
  const problem =
    save.state === 'failed' || save.state === 'rejected' || save.state === 'blocked' || save.state === 'confirm';
  return (
    <p class={`status${problem ? ' error' : ''}`} role={problem ? 'alert' : 'status'} data-testid="save-status">
      {text}
    </p>
  );
}

function navigatorLang(): Lang {
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
