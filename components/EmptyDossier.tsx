/** What a new user sees: the three steps to a first dossier. */
export function EmptyDossier() {
  return (
    <section class="card stack empty" aria-labelledby="empty-h">
      <h1 id="empty-h">Your dossier is empty</h1>
      <ol class="steps">
        <li>Open the website, LinkedIn page or news story of a company you are curious about.</li>
        <li>
          Click the Rapport button in the toolbar and press <strong>Clip to dossier</strong>.
        </li>
        <li>The company's facts, people and clips appear here, ready for your informational interview.</li>
      </ol>
      <p class="small muted">Everything stays in this browser. Nothing is sent anywhere.</p>
    </section>
  );
}
