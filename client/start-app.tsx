// The web app itself, loaded by main.tsx once the timeline's feed has been asked for.
import { render } from 'preact';
import { App } from './app';
import { interceptLinkClicks } from './shared/router';

const root = document.getElementById('app') as HTMLElement;
interceptLinkClicks(document.body);
render(<App />, root);
