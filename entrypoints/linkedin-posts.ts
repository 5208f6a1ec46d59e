import { runLinkedinPosts } from '@/lib/extract/run-posts';

// Injected after the clipper, and only on a LinkedIn profile: reading the person's own posts is
// more code than every other page needs.
export default defineUnlistedScript(() => runLinkedinPosts(document, location.href));
