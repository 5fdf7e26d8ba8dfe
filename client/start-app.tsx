// The web app itself, loaded by main.tsx once the page's first requests have been sent.
import { render } from 'preact';
import { App } from './app';
import { interceptLinkClicks } from './shared/router';

const root = document.getElementById('app') as HTMLElement;
interceptLinkClicks(document.body);
render(<App />, root);
