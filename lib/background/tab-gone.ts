/**
 * For the toolbar button's badge and title, and for closing a helper tab: when the user closed the
 * tab meanwhile, there is nothing left to update and nothing to say. Any other failure is reported
 * in the background's console (the badge is itself the place where outcomes are shown, so there is
 * no other to tell the user through).
 */
export function unlessTabGone(err: unknown): void {
  const text = err instanceof Error ? err.message : String(err);
  if (/no tab with id|invalid tab id|tab .*(?:closed|not found)/i.test(text)) return;
  console.error('Rapport could not update the toolbar button:', err);
}
