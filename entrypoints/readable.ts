import { runReadable } from '@/lib/extract/run-readable';

// Injected after the clipper, and only when the page is an article: the article's own reading
// and Readability are more code than every other page needs.
export default defineUnlistedScript(() => runReadable(document, location.href));
