import { PrintSheet } from '@/components/PrintSheet';
import { db } from '@/lib/db/database';
import { usePrep } from '@/lib/ui/use-prep';

/** print.html#<interview id>: the prep sheet laid out for paper. */
export function App() {
  const id = decodeURIComponent(location.hash.slice(1));
  const prep = usePrep(db(), id);
  if (prep.value === undefined) return <p class="muted">Loading…</p>;
  if (!prep.value) return <p class="notice warn">This meeting is no longer in your dossier.</p>;
  document.title = `Prep sheet — ${prep.value.sheet.meeting?.who ?? prep.value.sheet.company?.name ?? 'Rapport'}`;
  return (
    <PrintSheet sheet={prep.value.sheet} interview={prep.value.interview} questions={prep.value.questions} onPrint={() => window.print()} />
  );
}
