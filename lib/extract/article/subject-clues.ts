/**
 * Which company a story is about, read as an editor would: the name its headline and lead put
 * first and its text keeps returning to, used as a company is used ("Home Depot (ticker: HD)",
 * "Nvidia chief executive", "Apple’s shares", "the retailer Home Depot", "米インテルは…発表").
 * People ("CEO Tim Cook", "Trump said"), places, public bodies and the publication itself are
 * never the answer; when no name stands out, there is no answer.
 */
export interface SubjectClues {
  title: string;
  excerpt?: string;
  paragraphs: readonly string[];
  /** Names that are not the subject: the publication's, the authors'. */
  exclude: ReadonlyArray<string | undefined>;
  /** `news_keywords`, `article:tag`, JSON-LD `keywords`: an editor's own list of what it is about. */
  keywords?: readonly string[];
  /** Organisations the JSON-LD `mentions`. */
  mentions?: readonly string[];
  /** The page's language: German capitalises every noun, so its nouns need telling from names. */
  lang?: string;
  /** A name that gets a head start: the issuer of a press release, the site's own company on its blog. */
  favoured?: string;
  /** The page address's path: a product test is filed under its maker ("/Hyundai/Tests/…"). */
  path?: string;
  /** Count the best-known companies as companies (lib/extract/article/known-names.ts): the weakest evidence, read when no other name stands out. */
  knownNames?: boolean;
  /** Let a public body the headline opens on be the subject: read when no company stands out. */
  publicBodies?: boolean;
}

export interface RankedSubject {
  name: string;
  score: number;
  inTitle?: boolean;
  /** Named in the headline alongside another company ("Amazon and Activision Blizzard …"). */
  shared?: boolean;
  /** The first company the lead names. */
  leads?: boolean;
  /** Uses as a company by the words around it ("publishing giant X", "X announced"), for comparing two names the headline joins. */
  cues?: number;
}

/**
 * What the article script returns for the background to read the story's company and its people
 * from (lib/extract/article/story-facts.ts): the ranking is prose work, too large for the script.
 */
export interface StoryClues {
  title: string;
  paragraphs: readonly string[];
  /** The short items of the story's lists: read for the people a story names, nothing else. */
  listed?: readonly string[];
  /** The story's authors as the article's reading found them (never the story's people). */
  authors?: readonly string[];
  /** The company already known (JSON-LD `about`, a release's issuer, the site's own name): no ranking. */
  known?: string;
  /** What the ranking reads, when no company is known. */
  rank?: Omit<SubjectClues, 'title' | 'paragraphs' | 'exclude'> & {
    exclude: readonly string[];
    /** The company whose blog or section the site is, when the ranking finds none. */
    fallback?: string;
  };
  /** The publication's names: its own stories are never about it. */
  siteNames: readonly string[];
  /** A company's own post: the company speaking, no publisher to exclude; its people only as it names them ("Acme's CTO, Jane Roe"). */
  own: boolean;
  /** A release or a company's own announcement: its people come from the release itself. */
  announced: boolean;
}
