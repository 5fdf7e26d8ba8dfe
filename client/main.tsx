import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
// The cascade follows this order (later rules win at equal specificity): the shared base, then
// each feature's styles, and the annex's print rules last of all.
import './shared/styles/base.css';
import './shared/styles/controls.css';
import './shared/styles/tables.css';
import './shared/styles/questions.css';
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
import { requestForAddress } from './shared/api/early-feed';

// The page starts with this small script, which asks for the session, the review and the
// timeline's feed (as the address needs them) before loading the app: the app's script is
// most of a megabyte, and the feed's answer is the page's slowest request at 50,000 events,
// so they start first rather than after the app has loaded and run (docs/benchmarks.md,
// "2026-12-06, 20:45").
requestForAddress(window.location.pathname, window.location.search);
import('./start-app').catch(() => {
  // The app's script did not load (the server restarted on a newer build, or the network
  // dropped): say so rather than leave a blank page.
  const root = document.getElementById('app');
  if (root) root.textContent = 'Tapestry could not load. Reload the page to try again.';
});
