/**
 * What someone at the company said on the record, as a coach reads a story: a quoted sentence,
 * who said it (their name and role at the company), where and when. "Apple was ‘pulled into the
 * enterprise,’ CEO Tim Cook said" is Tim Cook on Apple; "Steve Menet, Senior Vice President of
 * Sales for Dräger, says …" in Ascom's release is Dräger's voice, not Ascom's. Pleasantries
 * ("we are delighted …") and subjects to handle with care are not quotes worth raising.
 */
export interface Quote {
  /** The speaker's full name, as the story gives it. */
  speaker: string;
  /** Their role, as written ("head of industrial design"), when the story says it. */
  role?: string;
  /** The words in quotation marks, trimmed. */
  quote: string;
  /**
   * The quote within its sentence when the sentence makes a claim around it ("Apple was ‘pulled
   * into the enterprise’"); undefined when the quote is the whole statement.
   */
  claim?: string;
  /** The speaker is the person met. */
  byPerson: boolean;
  /**
   * They wrote these words, not said them: a post or an article of theirs ("Gavin has posted a
   * response …", their byline on the story). Said back to them as "You wrote", never "You said".
   */
  written?: boolean;
  clipId: string;
  url: string;
  source: string;
  date?: string;
  /** The quote's words are in the story's title: what the story is about. */
  headline: boolean;
  /** An answer in an interview with the person met (a lesson, a belief), not a statement on the record. */
  answer?: boolean;
  /** The answer says what the company will do next ("We are moving subscription access to the next level …"). */
  plan?: boolean;
  /**
   * Said in a story whose headline is a setback or a lawsuit: not a quote to raise, though who said
   * it (a vice president of food safety) is still someone to ask about.
   */
  careful?: boolean;
}
