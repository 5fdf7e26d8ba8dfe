import { useEffect, useState } from 'preact/hooks';
import { ErrorNote, Loading } from '../../../shared/ui';
import { useResource } from '../../../shared/hooks/use-resource';
import { useSubmit } from '../../../shared/hooks/use-submit';
import { api, refreshSession } from '../../../shared/api/api';
import { formatDay, formatTimestamp } from '../../../shared/lib/dates';
import { reviewPath, tokenFromHash } from '../../../shared/lib/routes';
import { useSession } from '../../../shared/lib/session';
import { navigate } from '../../../shared/router';
import { JoinForm } from '../components/join-form';
import { SignInPage } from './sign-in-page';

/**
 * An invitation link (`/invite#token=…`): an agency's contact joins a review as its submitter.
 * The token is read from the fragment and posted in a body, never put in a URL the server sees.
 * With no account of the invitation's email, they choose a name and password here; with one,
 * they sign in first and then join; signed in as someone else, they are told to sign out.
 */
export function InvitationPage() {
  const [token, setToken] = useState(() => tokenFromHash(window.location.hash));
  useEffect(() => {
    document.title = 'Invitation · Tapestry';
    const update = () => setToken(tokenFromHash(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  const auth = useSession();
  const [invitation] = useResource(
    () => (token ? api.lookUpInvitation(token) : Promise.resolve(null)),
    [token],
  );
  const join = async (account?: { displayName: string; password: string }) => {
    if (!token) return;
    const { reviewId } = await api.acceptInvitation({ token, ...account });
    await refreshSession();
    // Replace, so the used link (and its token) leaves the address bar and the history.
    navigate(reviewPath(reviewId, 'upload'), { replace: true });
  };
  const joinSignedIn = useSubmit(() => join());

  const data = invitation.data;
  if (data && auth.status === 'signed-out' && data.hasAccount) {
    return (
      <SignInPage
        reason="none"
        email={data.email}
        intro={
          <p class="note" role="status">
            You are invited to send {data.agencyName}’s chronology to review {data.reviewReference}.
            An account with {data.email} exists: sign in with it, and you join on this page.
          </p>
        }
      />
    );
  }
  const signedIn = auth.status === 'signed-in' ? auth.session : null;
  return (
    <main class="page auth-page">
      <section class="panel auth-card">
        <h1>Join a review</h1>
        {!token ? (
          <p class="note note-error" role="alert">
            This page needs the whole invitation link, ending in <code>#token=…</code>. Copy it from
            the email again.
          </p>
        ) : null}
        {invitation.status === 'loading' || auth.status === 'unknown' ? <Loading /> : null}
        {invitation.status === 'error' ? (
          <ErrorNote error={invitation.error} title="This invitation cannot be used." />
        ) : null}
        {data ? (
          <p>
            You are invited to send <strong>{data.agencyName}</strong>’s chronology to review{' '}
            <strong>{data.reviewReference}</strong>, as its submitter: you will upload for{' '}
            {data.agencyName} and see its records only.
            {data.dueDate ? ` The review asks for it by ${formatDay(data.dueDate)}.` : ''} The link
            is for {data.email}, works once, and lasts until {formatTimestamp(data.expiresAt)}.
          </p>
        ) : null}
        {data && signedIn && signedIn.user.email === data.email ? (
          <form class="form-actions" onSubmit={joinSignedIn.submit} aria-label="Join">
            {joinSignedIn.error ? <ErrorNote error={joinSignedIn.error} /> : null}
            <button type="submit" class="button-primary" disabled={joinSignedIn.busy}>
              Join as {data.agencyName}’s submitter
            </button>
          </form>
        ) : null}
        {data && signedIn && signedIn.user.email !== data.email ? (
          <p class="note note-error" role="alert">
            You are signed in as {signedIn.user.email}, but this link is for {data.email}. Sign out
            (from the menu at the top), then open the link again.
          </p>
        ) : null}
        {data && auth.status === 'signed-out' && !data.hasAccount ? (
          <JoinForm
            email={data.email}
            onJoin={(displayName, password) => join({ displayName, password })}
          />
        ) : null}
      </section>
    </main>
  );
}
