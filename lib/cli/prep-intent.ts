/** What a question asks, read from its words (not from the engine): two of one kind are duplicates. */
const INTENTS: Array<[string, RegExp]> = [
  ['names', /\bwho else\b|\btalk to\b|\bgood person to ask\b|\bmay i mention\b|\bintroduce me\b/i],
  ['why-here', /\bwhat drew you\b|\bwhy did you (join|choose)\b|\bkept you there\b/i],
  [
    'story',
    /\bhow did you (get|come|find)|\bwhat (pulled|made|led|prompted) you\b|\bturning point\b|\bwhat made you (move|leave|start|switch|step)|\bwhat made you switch\b/i,
  ],
  ['week', /\btypical (day|week)\b|\bwhere does (most of )?(your|the) time go\b/i],
  ['skills', /\bskills?\b/i],
  ['my-move', /\bstand out\b|\bwhen you hire\b|\blook for in (a )?candidate/i],
  [
    'my-move',
    /\b(anyone|someone) come into\b|\bsomeone (moving|coming) (from|into)\b|\bin my place\b|\bmy background\b|\btaken seriously\b|\bfirst months\b/i,
  ],
  // "What makes a product marketer a great partner?" and "what makes someone in that work easy to rely on?" ask one thing.
  ['partner', /\bgreat partner\b|\bgood partner\b|\beasy to rely on\b|\bwork best with\b/i],
  ['hardest', /\bhardest\b|\bdownsides?\b|\bworst part\b|\bworn thin\b/i],
  ['enjoy', /\benjoy\b|\bexcites? you\b|\blove about\b/i],
  ['culture', /\bculture\b/i],
  ['decisions', /\bdecisions? (are )?made\b|\bwho gets a say\b/i],
  ['challenges', /\bwrestling\b|\bbiggest challenges?\b/i],
  ['direction', /\bheading\b|\bfuture of\b|\bnext few years\b/i],
  ['follow', /\bpublications\b|\bcommunities\b|\bkeep up\b|\bbooks?\b|\bpodcasts?\b/i],
  ['wish', /\bshould i have asked\b/i],
  ['keep-posted', /\bstay in touch\b|\blet you know how\b/i],
  ['search', /\bwhen you were looking\b|\byour (job )?search\b/i],
];

/** The kind of question a sheet's question is ("names", "week", …), or "other". */
export function intentOf(text: string): string {
  return INTENTS.find(([, re]) => re.test(text))?.[0] ?? 'other';
}
