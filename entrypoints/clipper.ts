import { runClipper } from '@/lib/extract/run';

// Injected on demand by the background (scripting.executeScript) into the tab the user clips;
// its return value is the extraction. It writes nothing and leaves no listener behind.
export default defineUnlistedScript(() => runClipper(document, location.href));
