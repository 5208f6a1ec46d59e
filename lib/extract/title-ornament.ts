/**
 * Decoration at either end of a page title or one of its parts: "::", "»", "***", "~"
 * (":: Welkom bij Autoschade Peter Leunissen ::"), an "@ " before the name ("@ De Pelgrim": a
 * handle has no space after its sign). Shared by the clipper's brand from the title and
 * the company-details script's name vote, which must not import each other.
 */
export const ORNAMENT = /^(?:[\s:|»«*~=_•·>-]|@(?=\s))+|[\s:|»«*~=_•·<-]+$/g;
