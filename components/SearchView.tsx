import type { SearchHit } from '@/lib/search/search';
import { fold } from '@/lib/text/fold';
import { calmCaps } from '@/lib/ui/format';

const KIND: Record<SearchHit['kind'], string> = { company: 'Company', person: 'Person', clip: 'Clip', note: 'Note' };

/** Highlights the query's words in a piece of text, as text (never as HTML). */
export function Highlight({ text, terms }: { text: string; terms: string[] }) {
  if (!terms.length) return <>{text}</>;
  // Folded character by character, with where each folded character came from: folding changes
  // lengths ("…" is three dots folded), and comparing lengths dropped every highlight from a
  // snippet that opens with "…" (fresh17-aero-fraport, searched "Fraport").
  let folded = '';
  const from: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const f = fold(text[k]!);
    folded += f;
    for (let j = 0; j < f.length; j++) from.push(k);
  }
  from.push(text.length);
  const parts: Array<{ t: string; hit: boolean }> = [];
  let i = 0;
  while (i < folded.length) {
    let next = -1;
    let len = 0;
    for (const term of terms) {
      let at = folded.indexOf(term, i);
      // Only at the start of a word: "ro" marks "Robotics", not "Pro".
      while (at > 0 && /[\p{L}\p{N}]/u.test(folded[at - 1]!)) at = folded.indexOf(term, at + 1);
      if (at >= 0 && (next < 0 || at < next)) {
        next = at;
        len = term.length;
      }
    }
    if (next < 0) {
      parts.push({ t: text.slice(from[i]), hit: false });
      break;
    }
    if (next > i) parts.push({ t: text.slice(from[i], from[next]), hit: false });
    parts.push({ t: text.slice(from[next], from[next + len - 1]! + 1), hit: true });
    i = next + len;
    // A folded character that stands for part of a text character is passed whole.
    while (i < folded.length && from[i] === from[i - 1]) i++;
  }
  return <>{parts.map((p, k) => (p.hit ? <mark key={k}>{p.t}</mark> : p.t))}</>;
}

export interface SearchViewProps {
  query: string;
  terms: string[];
  hits?: SearchHit[];
  onQuery(q: string): void;
  onOpen(hit: SearchHit): void;
  /** Names of the companies people work at: two people of one name are told apart by it. */
  companyNames?: ReadonlyMap<string, string>;
}

/** A person's line: their role and where ("Co-chair · Gates Foundation"), not the role alone. */
function subtitleOf(h: SearchHit, companyNames?: ReadonlyMap<string, string>): string | undefined {
  const company = h.kind === 'person' && h.companyId ? companyNames?.get(h.companyId) : undefined;
  return [h.subtitle, company].filter(Boolean).join(' · ') || undefined;
}

/**
 * The snippet without the title it repeats: a clip's text opens with its headline, so the result
 * read "Übernahme: Microsoft schluckt … Übernahme: Microsoft schluckt …".
 */
export function withoutTitle(snippet: string | undefined, title: string): string | undefined {
  if (!snippet) return snippet;
  const t = title.replace(/\s+/g, ' ').trim();
  if (t.length < 12 || !snippet.toLowerCase().startsWith(t.toLowerCase())) return snippet;
  const rest = snippet.slice(t.length).replace(/^[\s:|–—-]+/, '');
  return rest.replace(/…$/, '').trim() ? rest : undefined;
}

/** Search as you type across companies, people, clips and notes. */
export function SearchView({ query, terms, hits, onQuery, onOpen, companyNames }: SearchViewProps) {
  return (
    <section class="stack" aria-labelledby="search-h">
      <h1 id="search-h" class="sr-only">
        Search
      </h1>
      <label class="field">
        Search companies, people, clips and notes
        <input
          type="search"
          value={query}
          autofocus
          placeholder="e.g. robotics Manchester"
          onInput={(e) => onQuery((e.target as HTMLInputElement).value)}
        />
      </label>
      {query.trim().length >= 2 && hits && hits.length === 0 && <p class="muted">Nothing matches “{query}”.</p>}
      {hits && hits.length > 0 && (
        <ul class="plain list results" aria-label="Results">
          {hits.map((h) => {
            const subtitle = subtitleOf(h, companyNames);
            const snip = withoutTitle(h.snippet, h.title);
            return (
              <li key={`${h.kind}:${h.id}`}>
                <button type="button" class="result" onClick={() => onOpen(h)}>
                  <span class="row">
                    <span class="chip neutral">{KIND[h.kind]}</span>
                    {/* Two lines, not one cut mid-word ("Helping our developers stay pr…"). */}
                    <strong class="clamp-2 grow">
                      <Highlight text={h.kind === 'clip' ? calmCaps(h.title) : h.title} terms={terms} />
                    </strong>
                  </span>
                  {subtitle && <span class="small muted">{subtitle}</span>}
                  {snip && (
                    <span class="small snippet">
                      <Highlight text={snip} terms={terms} />
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
