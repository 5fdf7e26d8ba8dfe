import { api, type ReviewDto, type SessionDto } from '../shared/api/api';
import { useSubmit } from '../shared/hooks/use-submit';
import { roleLabel } from '../shared/lib/roles';
import { endSession } from '../shared/lib/session';
import { clearViewModes } from '../shared/lib/view-mode';
import { navigate } from '../shared/router';

/** The top bar's right side: the administration links, who is signed in (and as what), Sign out. */
export function UserMenu({
  session,
  review,
  inReview,
}: {
  session: SessionDto;
  review?: ReviewDto;
  inReview: boolean;
}) {
  const { user } = session;
  const role = review
    ? roleLabel(review, user.isAdmin)
    : user.isAdmin && !inReview
      ? 'Administrator'
      : null;

  const signOut = useSubmit(async () => {
    try {
      await api.signOut();
    } catch {
      // Signed out on this page either way; a session the server still holds ends on its own.
    }
    navigate('/');
    clearViewModes();
    endSession('signed-out');
  });

  return (
    <>
      {user.isAdmin ? (
        <nav class="topbar-admin" aria-label="Administration">
          <a class="topbar-link" href="/admin/users">
            Users
          </a>
          <a class="topbar-link" href="/admin/audit">
            Audit log
          </a>
        </nav>
      ) : null}
      <span class="topbar-user" data-testid="topbar-user">
        <a class="topbar-name" href="/account" title={`${user.email}: your account`}>
          {user.displayName}
        </a>
        {role ? <span class="topbar-role">{role}</span> : null}
      </span>
      <button
        type="button"
        class="topbar-button"
        disabled={signOut.busy}
        onClick={() => void signOut.run()}
      >
        Sign out
      </button>
    </>
  );
}
