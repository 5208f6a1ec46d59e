/**
 * A page claims an identity it does not own (another site naming a LinkedIn profile, a company's
 * LinkedIn page or domain): Rapport does not act on the claim, it asks. Props in, events out.
 */
export function IdentityHint({
  question,
  hint,
  accepted,
  onAccept,
  onUndo,
}: {
  question: string;
  hint: { id: string; name: string; reason: string };
  accepted: boolean;
  onAccept(): void;
  onUndo(): void;
}) {
  return (
    <div class="notice warn stack tight identity-hint" role="group" aria-label={question}>
      <p>
        <strong>{question}</strong>
      </p>
      <p class="small">{hint.reason}</p>
      {accepted ? (
        <p class="small row wrap">
          <span>It will be saved to {hint.name}.</span>
          <button type="button" class="btn link small" onClick={onUndo}>
            Undo
          </button>
        </p>
      ) : (
        <button type="button" class="btn small align-start" onClick={onAccept}>
          Yes, it is {hint.name}
        </button>
      )}
    </div>
  );
}
