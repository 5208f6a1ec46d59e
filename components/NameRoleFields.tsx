import { useState } from 'preact/hooks';
import { NAME_FIRST } from '../lib/messaging/errors';

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

/** What a form holding the pair needs: the fields' props, and the typed person on submit. */
export interface NameRole {
  fields: NameRoleFieldsProps;
  /** The name (one line, trimmed) and the role when given; undefined, and the reason shown, when the name is empty. */
  submit(): { name: string; title?: string } | undefined;
  clear(): void;
  clearError(): void;
}

/**
 * The pair's state, kept once for both forms: an empty name is refused with NAME_FIRST under the
 * fields, and typing a name takes the complaint away (it was about the empty box).
 */
export function useNameRole(): NameRole {
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [error, setError] = useState('');
  return {
    fields: {
      name,
      role,
      error,
      onName: (value) => {
        setName(value);
        setError('');
      },
      onRole: setRole,
    },
    submit: () => {
      const typed = name.replace(/\s+/g, ' ').trim();
      if (!typed) {
        setError(NAME_FIRST);
        return undefined;
      }
      setError('');
      const title = role.trim();
      return title ? { name: typed, title } : { name: typed };
    },
    clear: () => {
      setName('');
      setRole('');
      setError('');
    },
    clearError: () => setError(''),
  };
}
