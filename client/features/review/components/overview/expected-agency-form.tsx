import { useState } from 'preact/hooks';
import type {
  ExpectedAgencyDto,
  ExpectedAgencyInput,
} from '../../../../../server/contract/agencies';
import { ErrorNote } from '../../../../shared/ui';
import { DayField } from '../../../../shared/components/day-input';
import { Field } from '../../../../shared/components/field';
import { useSubmit } from '../../../../shared/hooks/use-submit';
import { AGENCY_KIND_LABELS, AGENCY_KINDS, isAgencyKind } from '../../../../shared/lib/agencies';

/**
 * An agency the review expects a chronology from: its name (as its uploads will name it), kind,
 * due date and contact. Adds one, or changes `agency` when given.
 */
export function ExpectedAgencyForm({
  agency,
  onSave,
  onCancel,
}: {
  agency?: ExpectedAgencyDto;
  onSave: (input: ExpectedAgencyInput) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const [name, setName] = useState(agency?.name ?? '');
  const [kind, setKind] = useState<ExpectedAgencyInput['kind']>(agency?.kind ?? 'police');
  const [dueDate, setDueDate] = useState<string | null>(agency?.dueDate ?? null);
  const [contactName, setContactName] = useState(agency?.contactName ?? '');
  const [contactEmail, setContactEmail] = useState(agency?.contactEmail ?? '');
  const [clears, setClears] = useState(0);
  const { busy, error, submit } = useSubmit(async () => {
    await onSave({
      name: name.trim(),
      kind,
      dueDate,
      contactName: contactName.trim() || null,
      contactEmail: contactEmail.trim() || null,
    });
    if (!agency) {
      setName('');
      setDueDate(null);
      setContactName('');
      setContactEmail('');
      setClears((n) => n + 1);
    }
  });
  return (
    <form
      class="form-grid"
      onSubmit={submit}
      aria-label={agency ? `Change ${agency.name}` : 'Expect an agency'}
    >
      <Field
        label="Agency (as its uploads will name it)"
        name="name"
        required
        maxLength={200}
        placeholder="e.g. Dyfed-Powys Police"
        value={name}
        onInput={(e) => setName(e.currentTarget.value)}
      />
      <Field
        as="select"
        label="Kind"
        name="kind"
        value={kind}
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (isAgencyKind(value)) setKind(value);
        }}
      >
        {AGENCY_KINDS.map((k) => (
          <option key={k} value={k}>
            {AGENCY_KIND_LABELS[k]}
          </option>
        ))}
      </Field>
      <DayField
        key={clears}
        label="Due by"
        name="dueDate"
        value={dueDate}
        onChange={setDueDate}
        live
      />
      <Field
        label="Contact’s name"
        name="contactName"
        maxLength={120}
        autoComplete="off"
        value={contactName}
        onInput={(e) => setContactName(e.currentTarget.value)}
      />
      <Field
        label="Contact’s email"
        type="email"
        name="contactEmail"
        maxLength={254}
        autoComplete="off"
        hint="Needed to invite them: the link makes an account with this email."
        value={contactEmail}
        onInput={(e) => setContactEmail(e.currentTarget.value)}
      />
      {error ? (
        <div class="span-3">
          <ErrorNote error={error} />
        </div>
      ) : null}
      <div class="form-actions span-3">
        <button type="submit" class="button-primary" disabled={busy || !name.trim()}>
          {agency ? 'Save' : 'Add to the expected agencies'}
        </button>
        {onCancel ? (
          <button type="button" class="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
