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
