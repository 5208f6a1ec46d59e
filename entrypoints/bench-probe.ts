import { probe } from '@/lib/bench/probe';

// Benchmark only (e2e build): injected next to the clipper to time the floor and Readability.
export default defineUnlistedScript(() => probe(document, location.href));
