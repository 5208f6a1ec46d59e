export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** The keyboard shortcuts as the browser has them now (the user may have changed them). */
export function ShortcutList({
  shortcuts,
  onOpenSettings,
  settingsHint,
}: {
  shortcuts: Shortcut[];
  onOpenSettings?(): void;
  settingsHint: string;
}) {
  return (
    <div class="stack">
      <table class="shortcuts">
        <tbody>
          {shortcuts.map((s) => (
            <tr key={s.name}>
              <td>{s.description}</td>
              <td>{s.shortcut ? <kbd class="kbd">{s.shortcut}</kbd> : <span class="muted">not set</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="small muted">{settingsHint}</p>
      {onOpenSettings && (
        <button type="button" class="btn small align-start" onClick={onOpenSettings}>
          Change shortcuts
        </button>
      )}
    </div>
  );
}
