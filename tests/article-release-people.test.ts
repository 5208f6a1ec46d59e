import { describe, expect, it } from 'vitest';
import { extract } from './helpers/extract-page';

// A wire release names the issuer's own people with their titles outside any quotation: "…
// today announced that Tom Reed, Chief Financial Officer, will be presenting at …" (the shape of
// fresh-13's PR Newswire release; names invented). The release reader took only quoted and
// appointed people, and the story reader was not run on releases.
const release = `<html><head><title>Kestrel to Present at Upcoming Investor Conferences</title>
<meta property="og:type" content="article"></head><body><article>
<h1>Kestrel to Present at Upcoming Investor Conferences</h1>
<p>SEATTLE, Feb. 24, 2015 /PRNewswire/ -- Kestrel (NYSE: KSTL), a global leader in business analytics software, today announced that Tom Reed, Chief Financial Officer, will be presenting at the following upcoming investor conferences: the Morgan Stanley Technology Conference in San Francisco and the Pacific Crest Emerging Technology Summit in Portland.</p>
<p>A live webcast of each presentation will be available on the investor relations section of the company's website, and a replay will be posted for a limited time after the events have ended.</p>
<p>About Kestrel: Kestrel helps people see and understand their data. More than twenty thousand customer accounts get rapid results with Kestrel in the office and on the go.</p>
</article></body></html>`;

describe("a release's own people named with their titles", () => {
  it('reads the issuer’s chief financial officer the release names outside a quotation', () => {
    const x = extract(
      release,
      'https://www.prnewswire.com/news-releases/kestrel-to-present-at-upcoming-investor-conferences-300039248.html',
    );
    expect(x.kind).toBe('article');
    expect(x.article?.aboutCompany).toBe('Kestrel');
    expect(x.people).toContainEqual({ name: 'Tom Reed', title: 'Chief Financial Officer' });
  });
});
