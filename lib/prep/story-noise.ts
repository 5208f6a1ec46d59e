/** A sentence about the story's own documentation or the site, not about the company's work. */
export const ABOUT_THE_PAGE =
  /\b(?:release notes|more (?:information|details)|further details|details (?:on|about|zu)|learn more|read more|click|sign up|subscribe|newsletter|cookies?|download(?:s|ed)? (?:it )?(?:here|from|below)|informationen|weitere details|plus d['’]informations|photo credit|getty images)\b|\b(?:image|bild|photo|foto|source|quelle):/i;
/**
 * A sentence that points at the post itself or at another page ("Here, I’ll share some of the ways
 * …", "We recommend this post from …", "In this post we …"): the writer's signpost, no deed of the
 * company (blind-11 microsoft-remote-peer asked both as if they were its work).
 */
export const SIGNPOST =
  /\b(?:here,?\s+(?:I|we)(?:['’]ll|\s+will|\s+want to|['’]d like to|\s+would like to)?\s+(?:share|show|look|walk|explain|outline|describe|cover|take a look)|in (?:this|today['’]s|the following) (?:post|article|blog|piece|series|update)|(?:I|we)\s+(?:highly\s+)?(?:recommend|suggest)\s+(?:this|these|the following|reading|checking|you (?:read|check))|(?:read|see|check out)\s+(?:this|these|the|our)\s+(?:post|article|blog|guide)s?\b)/i;
/** The company's boilerplate ("is headquartered in …, employs around 1,300 people"): known facts, never a point. */
export const BOILERPLATE =
  /\b(?:is headquartered|headquarters? (?:is|are) in|employs (?:around|about|over|more than|some)?|was founded|founded in|is a (?:leading|global)|has (?:subsidiaries|offices) in|for more information|about (?:the company|us)\b)/i;
export const HEDGED =
  /\b(?:people (?:with knowledge of|familiar with)|sources? (?:said|say|close to)|expected|poised|reportedly|rumou?r\w*|could|might|may|would|likely|plans? to|will|tomorrow|tonight|next (?:week|month|year)|upcoming)\b|\?/i;

/**
 * People leaving and staff let go are care, never a point: told without a word of trouble ("At least
 * two top executives left RTR", "letting some of her staffers go") they would read as the company's deeds.
 */
export const DEPARTURE =
  /\b(?:(?:executives?|officers?|founders?|CTO|CFO|CEO|COO|president|staff(?:ers)?|employees|people|members?)\s+(?:\w+\s+){0,2}(?:left|quit|departed|resigned)|resign\w*|stepped down|steps down|departures?|let(?:ting)?\s+(?:\w+\s+){1,4}go\b|exits? of)\b/i;

export const FUNDING = /\b(?:funding round|Series [A-H]\b|seed round|capital raised|valuation|venture capital)/i;
