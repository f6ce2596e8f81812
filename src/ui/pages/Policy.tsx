// Entry of dist/Policy.html: the printable grading policy. Every text is rendered as text (Preact escapes it);
// window.print() gives the browser's print dialog, where "Save as PDF" makes the PDF.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PolicyDocument } from '../../core/policy/document.ts';
import { POLICY_WORDS } from '../../core/wording/policy.ts';
import { defaultRunner, type ScriptRunner } from '../endpoints.ts';
import { fetchPolicy } from '../print-endpoints.ts';
import '../printable.css';
import '../policy.css';

type State =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'shown'; lang: 'zh' | 'en'; document: PolicyDocument };

/** The policy page: loading, the document with its print button, or why it could not be built. */
function PolicyPage({ runner }: { runner: ScriptRunner | null }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    void fetchPolicy(runner).then(reply => {
      if (!reply.ok) setState({ kind: 'failed', message: `${POLICY_WORDS.loadFailed.en}${reply.message.en}` });
      else if (!reply.value.ok) {
        document.documentElement.lang = reply.value.lang === 'zh' ? 'zh-CN' : 'en';
        setState({ kind: 'failed', message: reply.value.message });
      } else setState({ kind: 'shown', lang: reply.value.lang, document: reply.value.document });
    });
  }, [runner]);
  useEffect(() => {
    if (state.kind !== 'shown') return;
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = state.document.title;
  }, [state]);

  if (state.kind === 'loading')
    return (
      <p role="status">
        {POLICY_WORDS.loading.zh} / {POLICY_WORDS.loading.en}
      </p>
    );
  if (state.kind === 'failed') return <p role="alert">{state.message}</p>;
  const { document: doc, lang } = state;
  return (
    <main class="printable policy">
      <div class="toolbar">
        <button type="button" onClick={() => window.print()}>
          {POLICY_WORDS.print[lang]}
        </button>
      </div>
      <h1>{doc.title}</h1>
      <p class="stamp">{doc.stamp}</p>
      {doc.articles.map(article => (
        <section class="article" key={article.heading}>
          <h2>{article.heading}</h2>
          {article.paragraphs.map((paragraph, i) => (
            // Paragraphs of one article are fixed text in a fixed order: the index is a stable key.
            <p key={i}>{paragraph}</p>
          ))}
        </section>
      ))}
      <div class="signatures">
        {doc.signatures.map(line => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<PolicyPage runner={defaultRunner()} />, root);
