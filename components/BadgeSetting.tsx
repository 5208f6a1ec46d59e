/** The switch for the optional permission that lets the badge mark every page in the dossier. */
export function BadgeSetting({ allTabs, onChange }: { allTabs: boolean; onChange(on: boolean): void }) {
  return (
    <section class="card stack" aria-labelledby="badge-h">
      <h2 id="badge-h">Toolbar badge</h2>
      <p class="small muted">
        Rapport marks its button with ● on pages already in your dossier after you use it there. To see the mark on every page as you
        browse, Rapport needs to read the address of your tabs (it keeps nothing and sends nothing).
      </p>
      <label class="check">
        <input type="checkbox" checked={allTabs} onChange={(e) => onChange((e.target as HTMLInputElement).checked)} />
        Mark every page already in my dossier
      </label>
    </section>
  );
}
