// Entry of dist/Sidebar.html: mounts the settings sidebar, talking to the server through google.script.run.
import { render } from 'preact';
import { App } from '../components/App.tsx';
import { defaultRunner } from '../endpoints.ts';
import '../sidebar.css';

const root = document.getElementById('app');
if (root) render(<App runner={defaultRunner()} />, root);
