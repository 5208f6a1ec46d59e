import { CLOSING } from './bank/closing';
import { COMPANY } from './bank/company';
import { GETTING_IN } from './bank/getting-in';
import { GOAL } from './bank/goal';
import { INDUSTRY } from './bank/industry';
import { NEWS } from './bank/news';
import { OFFERINGS } from './bank/offerings';
import { OWN_POSTS } from './bank/own-posts';
import { OWN_WORDS } from './bank/own-words';
import { PATH } from './bank/path';
import { POSTING } from './bank/posting';
import { PROGRAMME_TEMPLATES } from './bank/programme';
import { ROLE } from './bank/role';
import { RULING } from './bank/ruling';
import { SAID } from './bank/said';
import { STATEMENTS } from './bank/statements';
import { STORY_FACTS } from './bank/story-facts';
import { STORY_POINTS } from './bank/story-points';
import type { Template } from './bank/types';
import { UPSIDES } from './bank/upsides';

export type { Filled, Template } from './bank/types';

/** The question bank, in the order of a conversation: their path first, the ask for names last. */
export const BANK: Template[] = [
  ...PATH,
  ...OWN_WORDS,
  ...ROLE,
  ...POSTING,
  ...GOAL,
  ...COMPANY,
  ...NEWS,
  ...OFFERINGS,
  ...STATEMENTS,
  ...STORY_FACTS,
  ...STORY_POINTS,
  ...SAID,
  ...PROGRAMME_TEMPLATES,
  ...OWN_POSTS,
  ...INDUSTRY,
  ...GETTING_IN,
  ...UPSIDES,
  ...RULING,
  ...CLOSING,
];
