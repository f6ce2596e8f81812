// Entry of dist/Notices.html: the customer notices, one per printed page. Every text is rendered as text (Preact
// escapes it); window.print() gives the browser's print dialog, where "Save as PDF" makes the PDF.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { NoticesReply } from '../../core/sidebar-contract.ts';
import { NOTICE_WORDS } from '../../core/wording/notices.ts';
import { defaultRunner, type ScriptRunner } from '../endpoints.ts';
import { fetchNotices } from '../print-endpoints.ts';
import '../printable.css';
import '../notices.css';

type State = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'shown'; reply: NoticesReply };

function NoticesPage({ runner }: { runner: ScriptRunner | null }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    void fetchNotices(runner).then(reply =>
      setState(reply.ok ? { kind: 'shown', reply: reply.value } : { kind: 'failed', message: reply.message.en }),
    );
  }, [runner]);
  useEffect(() => {
    if (state.kind !== 'shown') return;
    document.documentElement.lang = state.reply.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = NOTICE_WORDS.sheet[state.reply.lang];
  }, [state]);

  if (state.kind === 'loading')
    return (
      <p role="status">
        {NOTICE_WORDS.loading.zh} / {NOTICE_WORDS.loading.en}
      </p>
    );
  if (state.kind === 'failed') return <p role="alert">{state.message}</p>;
  const { lang, notices, total } = state.reply;
  if (notices.length === 0) return <p role="status">{NOTICE_WORDS.none[lang]}</p>;
  const [customer, salesperson, tier] = NOTICE_WORDS.headers.map(h => h[lang]);
  return (
    <main class="printable notices">
      <div class="toolbar">
        {notices.length < total && <p class="capped">{NOTICE_WORDS.dialogCapped(notices.length, total)[lang]}</p>}
        <button type="button" onClick={() => window.print()}>
          {NOTICE_WORDS.print[lang]}
        </button>
      </div>
      <h1 class="visually-hidden">{NOTICE_WORDS.sheet[lang]}</h1>
      {notices.map((notice, i) => (
        // One letter per customer in sheet order; two customers may share a name, so the index keys them.
        <article class="notice" key={i} aria-label={notice.customer}>
          <p class="letter">{notice.text}</p>
          <dl class="meta">
            <dt>{customer}</dt>
            <dd>{notice.customer}</dd>
            <dt>{tier}</dt>
            <dd>{notice.tier}</dd>
            {notice.salesperson && <dt>{salesperson}</dt>}
            {notice.salesperson && <dd>{notice.salesperson}</dd>}
          </dl>
        </article>
      ))}
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<NoticesPage runner={defaultRunner()} />, root);
