import { useState } from 'preact/hooks';
import type { CreateUserInput } from '../../../../server/contract/auth';
import { ErrorNote } from '../../../shared/ui';
import { api, type UserDto } from '../../../shared/api/api';
import { Field } from '../../../shared/components/field';
import { useSubmit } from '../../../shared/hooks/use-submit';
import {
  newPasswordProblem,
  PASSWORD_MIN_LENGTH,
  suggestPassword,
} from '../../../shared/lib/roles';
import type { FieldChange } from '../../../shared/form';

const EMPTY: CreateUserInput = { email: '', displayName: '', password: '', isAdmin: false };

/** The Users page's "New account" form: name, email, a first password, administrator or not. */
export function CreateUserForm({ onCreated }: { onCreated: (user: UserDto) => void }) {
  const [input, setInput] = useState<CreateUserInput>(EMPTY);
  const set = (field: 'email' | 'displayName' | 'password') => (e: FieldChange) =>
    setInput({ ...input, [field]: e.currentTarget.value });

  const { busy, error, submit } = useSubmit(async () => {
    const problem = newPasswordProblem(input.password);
    if (problem) throw new Error(problem);
    const user = await api.createUser({
      ...input,
      email: input.email.trim(),
      displayName: input.displayName.trim(),
    });
    setInput(EMPTY);
    onCreated(user);
  });

  return (
    <section class="panel">
      <h2>New account</h2>
      <form class="form-grid" onSubmit={submit} aria-label="New account">
        <Field
          label="Name"
          name="displayName"
          required
          maxLength={120}
          value={input.displayName}
          onInput={set('displayName')}
          placeholder="Alex Jones"
        />
        <Field
          label="Email"
          name="email"
          type="email"
          required
          maxLength={254}
          autoComplete="off"
          value={input.email}
          onInput={set('email')}
          placeholder="alex.jones@agency.gov.uk"
        />
        <Field
          label={`First password (at least ${PASSWORD_MIN_LENGTH} characters)`}
          name="password"
          type="text"
          required
          autoComplete="off"
          spellcheck={false}
          maxLength={256}
          value={input.password}
          onInput={set('password')}
          beside={
            <button
              type="button"
              class="button"
              onClick={() => setInput({ ...input, password: suggestPassword() })}
            >
              Suggest
            </button>
          }
        />
        <label class="check span-3">
          <input
            type="checkbox"
            name="isAdmin"
            checked={input.isAdmin}
            onChange={(e) => setInput({ ...input, isAdmin: e.currentTarget.checked })}
          />
          Administrator: manages accounts, creates and deletes reviews, sets who is in each
        </label>
        <div class="form-actions span-3">
          <button type="submit" class="button-primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create account'}
          </button>
          {error ? <ErrorNote error={error} /> : null}
        </div>
      </form>
    </section>
  );
}
