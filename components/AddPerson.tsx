import { useEffect, useState } from 'preact/hooks';
import { NameRoleFields, useNameRole } from './NameRoleFields';

export interface AddPersonProps {
  companyName: string;
  /** The person the user added last at this company, once the dossier holds them. */
  added?: { id: string; name: string };
  onAdd(name: string, title?: string): void;
  onPlan(personId: string): void;
  onOpen(personId: string): void;
}

/**
 * Adds the person the user will meet by hand: someone a story or a team list names whom
 * extraction missed ("Tim Thabe, CEO von creditshelf" in a German article), so that a meeting can
 * be planned with them rather than with the company only.
 */
export function AddPerson({ companyName, added, onAdd, onPlan, onOpen }: AddPersonProps) {
  const [open, setOpen] = useState(false);
  const person = useNameRole();
  // The dossier holds the person just added: the form has done its work.
  useEffect(() => {
    if (!added) return;
    setOpen(false);
    person.clear();
  }, [added?.id]);
  const outcome = added && (
    <div class="stack tight" aria-live="polite">
      <p class="small">
        {added.name} is now among {companyName}'s people.
      </p>
      <div class="row wrap">
        <button type="button" class="btn small primary" onClick={() => onPlan(added.id)}>
          Plan a meeting with {added.name}
        </button>
        <button type="button" class="btn small" onClick={() => onOpen(added.id)}>
          Open {added.name}
        </button>
      </div>
    </div>
  );
  if (!open)
    return (
      <div class="stack tight">
        {outcome}
        <button type="button" class="btn small align-start" onClick={() => setOpen(true)}>
          Add a person
        </button>
      </div>
    );
  return (
    <form
      class="stack tight"
      aria-label={`Add a person at ${companyName}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const typed = person.submit();
        if (typed) onAdd(typed.name, typed.title);
      }}
    >
      <p class="small muted">Someone at {companyName} whom Rapport has not listed, such as the person you will meet.</p>
      <NameRoleFields {...person.fields} />
      {/* "Add to Brennwerk Solartechnik AG" filled the line at 360 px and pushed Cancel below it:
          the form's label and its sentence name the company. */}
      <div class="row">
        <button type="submit" class="btn small primary">
          Add person
        </button>
        <button
          type="button"
          class="btn small"
          onClick={() => {
            setOpen(false);
            person.clearError();
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
