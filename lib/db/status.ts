import type { PersonStatus } from '../schema/dossier';

const STATUS_ORDER: PersonStatus[] = ['to-contact', 'contacted', 'scheduled', 'met', 'thanked'];

/**
 * A person's status only moves forward (to contact → contacted → scheduled → met → thanked). A
 * connection not yet in the pipeline (no status) enters it at `next`.
 */
export function advance(current: PersonStatus | undefined, next: PersonStatus): PersonStatus {
  if (!current) return next;
  return STATUS_ORDER.indexOf(next) > STATUS_ORDER.indexOf(current) ? next : current;
}
