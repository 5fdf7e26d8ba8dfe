import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import './styles/base.css';
import './styles/timeline.css';
import './styles/walkthrough.css';
import './styles/print.css';
import { render } from 'preact';
import { App } from './app';
import { interceptLinkClicks } from './router';

const root = document.getElementById('app') as HTMLElement;
interceptLinkClicks(document.body);
render(<App />, root);
