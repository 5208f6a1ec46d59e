/**
 * The mark a German-, French- or Dutch-speaking employer puts after every role: "(m/w/d)",
 * "(w/m/d)", "(h/f)", "(m/v/x)", "(all genders)". One pattern for the extractors (a careers page's
 * roles, a vacancy's heading, a card that is a job's) and the prep sheet (no posting asked for as a
 * person). A literal, not a pattern built at load: a built one would stay in every script that
 * imports its module, used or not.
 */
export const GENDER_MARK = /\(\s*[mwfdhxv]\s*\/\s*[mwfdhxv](?:\s*\/\s*[mwfdhxv])?\s*\)|\(all genders\)/i;
