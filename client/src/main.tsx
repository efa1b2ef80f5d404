// Entry point: renders the app into #app.
import { render } from 'preact';
import { App } from './ui/app.tsx';

render(<App />, document.getElementById('app')!);
