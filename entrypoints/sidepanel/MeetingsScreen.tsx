import { MeetingList } from '@/components/MeetingList';
import { db } from '@/lib/db/database';
import type { Route } from '@/lib/ui/route';
import { useLiveQuery } from '@/lib/ui/use-live-query';

export function MeetingsScreen({ go }: { go(r: Route): void }) {
  const rows = useLiveQuery(async () => {
    const interviews = await db().interviews.orderBy('when').reverse().toArray();
    const people = new Map((await db().people.bulkGet(interviews.map((i) => i.personId ?? ''))).filter((p) => !!p).map((p) => [p!.id, p!]));
    const companies = new Map(
      (await db().companies.bulkGet(interviews.map((i) => i.companyId ?? ''))).filter((c) => !!c).map((c) => [c!.id, c!]),
    );
    const now = Date.now();
    // Upcoming (soonest first), then past (latest first).
    const upcoming = interviews.filter((i) => i.status === 'planned' && i.when >= now - 86_400_000).reverse();
    const rest = interviews.filter((i) => !upcoming.includes(i));
    return [...upcoming, ...rest].map((interview) => ({
      interview,
      who:
        [people.get(interview.personId ?? '')?.name, companies.get(interview.companyId ?? '')?.name].filter(Boolean).join(' · ') ||
        'Meeting',
    }));
  }, []);
  return (
    <section class="stack" aria-labelledby="meetings-title">
      <h1 id="meetings-title">Meetings</h1>
      {rows.value && <MeetingList rows={rows.value} onOpen={(id) => go({ name: 'prep', id })} />}
    </section>
  );
}
