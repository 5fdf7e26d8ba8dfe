import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
// The cascade follows this order (later rules win at equal specificity): the shared base, then
// each feature's styles, and the annex's print rules last of all.
import './shared/styles/base.css';
import './shared/styles/controls.css';
import './shared/styles/tables.css';
import './features/upload/styles/upload.css';
import './features/review/styles/review.css';
import './shared/styles/top-bar.css';
import './features/accounts/styles/accounts.css';
import './features/timeline/styles/timeline.css';
import './features/timeline/styles/filters.css';
import './features/timeline/styles/overview-strip.css';
import './features/timeline/styles/toolbar.css';
import './features/timeline/styles/timeline-view.css';
import './features/timeline/styles/chronology-table.css';
import './features/timeline/styles/event-detail.css';
import './features/timeline/styles/gap-list.css';
import './features/walkthrough/styles/markers.css';
import './features/walkthrough/styles/notes.css';
import './features/walkthrough/styles/notes-page.css';
import './features/walkthrough/styles/people.css';
import './features/walkthrough/styles/meeting.css';
import './features/walkthrough/styles/walkthrough-setup.css';
import './features/walkthrough/styles/present.css';
import './features/walkthrough/styles/present-strip.css';
import './features/walkthrough/styles/stage.css';
import './features/walkthrough/styles/print.css';
import { render } from 'preact';
import { App } from './app';
import { interceptLinkClicks } from './shared/router';
import { requestFeedEarly } from './shared/api/events.api';
import { storedViewMode } from './shared/lib/view-mode';

// The timeline's feed is asked for at once, beside the session and the review (events.api.ts).
const timeline = /^\/reviews\/([^/]+)\/timeline\/?$/.exec(window.location.pathname);
if (timeline?.[1]) {
  const reviewId = decodeURIComponent(timeline[1]);
  requestFeedEarly(reviewId, storedViewMode(reviewId));
}

const root = document.getElementById('app') as HTMLElement;
interceptLinkClicks(document.body);
render(<App />, root);
