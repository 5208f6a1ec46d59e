import { runCompanyDetails } from '@/lib/extract/run-details';

// Injected after the clipper, and only when the page is a company's own page: reading its
// people, products and address is more code than every other page needs.
export default defineUnlistedScript(() => runCompanyDetails(document, location.href));
