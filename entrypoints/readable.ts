import { runReadable } from '@/lib/extract/run-readable';

// Injected after the clipper, and only when the page is an article: Readability is a third of
// the clipper's weight, and pages whose facts are structured never need it.
export default defineUnlistedScript(() => runReadable(document));
