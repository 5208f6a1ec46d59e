import { useEffect, useState } from 'preact/hooks';
import { SearchView } from '@/components/SearchView';
import { db } from '@/lib/db/database';
import { userMessage } from '@/lib/messaging/errors';
import { search, type SearchHit } from '@/lib/search/search';
import { tokens } from '@/lib/search/words';
import { companyNames } from '@/lib/ui/dossier-queries';
import type { Route } from '@/lib/ui/route';

export function SearchScreen({ go }: { go(r: Route): void }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>();
  const [error, setError] = useState<string>();
  const [names, setNames] = useState<ReadonlyMap<string, string>>();
  useEffect(() => {
    let current = true;
    // Results as you type; a slower answer to an older query never replaces a newer one.
    search(db(), query)
      .then(async (h) => {
        // Where each person found works, so two people of one name are told apart.
        const ids = h.flatMap((x) => (x.kind === 'person' && x.companyId ? [x.companyId] : []));
        return { h, names: await companyNames(db(), ids) };
      })
      .then(
        ({ h, names: found }) => {
          if (!current) return;
          setHits(h);
          setNames(found);
          setError(undefined);
        },
        (err: unknown) => current && setError(userMessage(err)),
      );
    return () => {
      current = false;
    };
  }, [query]);
  const open = (h: SearchHit) => {
    if (h.kind === 'company') go({ name: 'company', id: h.id });
    else if (h.kind === 'person') go({ name: 'person', id: h.id });
    else if (h.interviewId) go({ name: 'prep', id: h.interviewId });
    else if (h.personId) go({ name: 'person', id: h.personId });
    else if (h.companyId) go({ name: 'company', id: h.companyId });
  };
  return (
    <>
      <SearchView query={query} terms={tokens(query)} hits={hits} onQuery={setQuery} onOpen={open} companyNames={names} />
      {error && (
        <p class="notice err" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
