// The google.script.run shim injected into the add-on's real HTML (dist/Sidebar.html, dialogs) before its own
// scripts: each call POSTs to the playground's bridge endpoint, which runs it through the emulator's scriptRun.
// Dates and functions are tagged rather than flattened by JSON, so the emulator can refuse them as Apps Script does.

/**
 * The shim's source, a self-contained classic script. `google.script.run` mirrors the real API: every
 * with*Handler / withUserObject returns a new runner, any other property is a server function.
 */
export const SHIM_SOURCE = `(function () {
  function encode(args) {
    return JSON.stringify(args, function (key, value) {
      var raw = this[key];
      if (Object.prototype.toString.call(raw) === '[object Date]') return { __playground: 'date', iso: raw.toISOString() };
      if (typeof raw === 'function') return { __playground: 'function' };
      if (raw === undefined) return { __playground: 'undefined' };
      return value;
    });
  }
  function notifyParent() {
    try { window.parent.postMessage({ playground: 'changed' }, window.location.origin); } catch (e) {}
  }
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get: function (_target, name) {
        if (name === 'withSuccessHandler') return function (fn) { return runner(fn, failure, userObject); };
        if (name === 'withFailureHandler') return function (fn) { return runner(success, fn, userObject); };
        if (name === 'withUserObject') return function (obj) { return runner(success, failure, obj); };
        if (typeof name !== 'string' || name === 'then') return undefined;
        return function () {
          var body = encode({ functionName: name, args: Array.prototype.slice.call(arguments) });
          fetch('/api/run', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Playground': '1' }, body: body })
            .then(function (response) { return response.json(); })
            .then(function (result) {
              notifyParent();
              if (result.ok) { if (success) success(result.value, userObject); return; }
              // scriptRun failures carry { name, message }; a request the server refused carries only a string.
              var reason = result.error;
              var error = new Error(typeof reason === 'string' ? reason : (reason && reason.message) || 'Unknown error');
              if (reason && typeof reason.name === 'string') error.name = reason.name;
              if (failure) failure(error, userObject);
            }, function (error) { if (failure) failure(error, userObject); });
        };
      }
    });
  }
  window.google = {
    script: {
      run: runner(null, null, undefined),
      host: {
        close: function () { window.parent.postMessage({ playground: 'close' }, window.location.origin); },
        setHeight: function () {},
        setWidth: function () {},
        editor: { focus: function () {} }
      }
    }
  };
})();`;

/** The page's HTML with the shim as the first script of its <head> (or of the document when it has none). */
export function injectShim(html: string): string {
  const tag = `<script>${SHIM_SOURCE}</script>`;
  const head = /<head[^>]*>/iu.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}

/** Turns the shim's tagged JSON back into what the page passed: real Dates, functions, undefined. */
export function reviveArgs(json: string): unknown {
  return JSON.parse(json, (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null || !('__playground' in value)) return value;
    const tag = value.__playground;
    if (tag === 'date' && 'iso' in value && typeof value.iso === 'string') return new Date(value.iso);
    if (tag === 'function') return () => undefined;
    return undefined;
  });
}
