export interface NameRoleFieldsProps {
  name: string;
  role: string;
  onName(name: string): void;
  onRole(role: string): void;
  /** Why the name was refused ("Type the person's name first."), shown under the pair. */
  error?: string;
}

/**
 * A person's name and optional role, side by side: the pair both forms that add a person by hand
 * ask for (the company view's "Add a person", the prep sheet's referrals), so that the two read
 * and behave alike, the refused empty name included.
 */
export function NameRoleFields({ name, role, onName, onRole, error }: NameRoleFieldsProps) {
  return (
    <>
      <div class="row two">
        <label class="field">
          Name
          <input
            type="text"
            value={name}
            maxLength={300}
            required
            aria-invalid={error ? true : undefined}
            onInput={(e) => onName((e.target as HTMLInputElement).value)}
          />
        </label>
        <label class="field">
          Role (optional)
          <input type="text" value={role} maxLength={300} onInput={(e) => onRole((e.target as HTMLInputElement).value)} />
        </label>
      </div>
      {error && (
        <p class="notice err small" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

/** The sentence both forms say when the name box is empty. */
export { NAME_FIRST } from '../lib/db/people-by-hand';
