import { z } from 'zod/mini';

// Readable validation messages ("Too big: expected string to have <=300 characters") where a
// person or a developer reads them: the background, the options page and the tools. The popup
// leaves them out to stay small; it shows its own words.
z.config(z.locales.en());
