import { describe, expect, it } from 'vitest';
import { judgeQuestion } from '../lib/cli/prep-rubric';
import { referralTopic } from '../lib/prep/bank/closing';
import { leadershipSentence } from '../lib/prep/bank/events-text';
import { jobBeforeFounding } from '../lib/prep/bank/getting-in';
import { aRole } from '../lib/prep/bank/helpers';
import { aiAsWritten, quoteQuestion } from '../lib/prep/bank/said';
import { suggestQuestions } from '../lib/prep/engine';
import { withListed } from '../lib/prep/event-objects';
import { pickHooks } from '../lib/prep/hooks';
import { MAX_QUOTED, saidText, saidWords } from '../lib/prep/quote-text';
import { quotesIn, roleAsWritten } from '../lib/prep/quotes';
import { buildPrepSheet } from '../lib/prep/sheet';
import { signals, type Referral } from '../lib/prep/signals';
import type { PrepInput } from '../lib/prep/types';
import { clips, company, fact, person, self } from './helpers/prep-records';

const NOW = Date.UTC(2024, 5, 6);
const clip = clips({ idPrefix: 'w', publishedAt: '2024-05-16', siteName: 'TechCrunch' });
const quotedWords = (text: string) => [...text.matchAll(/“([^”]*)”/g)].map((m) => m[1]!.split(/\s+/).length);

const STRAVA_QUOTE =
  'Last year, the team implemented new logic rules to existing auto-flagging tools, and now, we are leveraging newer technologies to deliver one of our most requested features from athletes';
/** The same statement with a claim of its own: what the team does, not a slogan. */
const TRAINING_QUOTE =
  'Last year, the team implemented new logic rules to existing auto-flagging tools, and now, we are training machine learning on millions of historical activities to spot questionable uploads';
const LESSON =
  'I think the importance of empathetic listening to truly understand where a person is coming from is the biggest lesson I’ve learned.';

describe('a quote is repeated whole and short, or in reported speech, never cut', () => {
  it('a short quote is said whole', () => {
    expect(saidWords('There is a tradition of us getting funding with pretty crappy prototypes.', 'Microsoft', false)).toEqual({
      quoted: 'There is a tradition of us getting funding with pretty crappy prototypes.',
    });
  });

  it('a long statement for the company keeps its last clause, with “we” said as the company', () => {
    const w = saidWords(STRAVA_QUOTE, 'Strava', false)!;
    expect(w).toEqual({
      before: 'Strava is',
      quoted: 'leveraging newer technologies to deliver one of our most requested features from athletes',
    });
    expect(saidText(w)).toBe('Strava is “leveraging newer technologies to deliver one of our most requested features from athletes”');
  });

  it('“our” in a statement for the company is said “its”, outside the quotation marks', () => {
    const w = saidWords(
      'We are moving subscription access to the next level with our direct to consumer offering called INWEGO which offers tickets for a flat fee each month',
      'Experience',
      false,
    )!;
    expect(saidText(w)).toBe(
      'Experience is “moving subscription access to the next level” with its direct to consumer offering called INWEGO',
    );
  });

  it('the person’s own long lesson keeps its subject and is said back to them as “you”', () => {
    const w = saidWords(LESSON, 'Experience', true)!;
    expect(saidText(w)).toBe('“empathetic listening” is the biggest lesson you’ve learned');
    // Said by someone else (a hook the user reads), "I" is not turned into "you": nothing short is exact.
    expect(saidWords(LESSON, 'Experience', false)).toBeUndefined();
  });

  it('a long quote with a short sentence of its own keeps that sentence; one with none is not repeated', () => {
    expect(
      saidWords(
        'We looked at every model on the market over the past year and tried most of them on real athlete data in the beta. Now the model works well for the beta testers.',
        undefined,
        false,
      ),
    ).toEqual({ quoted: 'Now the model works well for the beta testers.' });
    expect(
      saidWords(
        'Our approach to the market has always been to listen first and then to build whatever the people who use the product every single day tell us they need most',
        undefined,
        false,
      ),
    ).toBeUndefined();
  });

  it('the question about a long quote has no ellipsis and no quote over the limit, and stays grounded', () => {
    const story = clip(
      'article',
      'Strava taps AI to weed out leaderboard cheats, unveils ‘family’ plan, dark mode and more',
      `When pushed, chief product officer Matt Salazar said little.\n“${TRAINING_QUOTE},” Salazar said in a statement issued to TechCrunch.`,
    );
    const input: PrepInput = { company: company('Strava'), clips: [story], self: self({ targetRole: 'Product designer' }), now: NOW };
    const [q] = quotesIn(input.clips, input.company, undefined);
    const text = quoteQuestion(q!, signals(input))!;
    expect(text).toBe(
      'Chief product officer Matt Salazar told TechCrunch in May 2024 that Strava is “training machine learning on millions of historical activities to spot questionable uploads”. What has that meant for designers, from where you sit?',
    );
    expect(text).not.toContain('…');
    expect(Math.max(...quotedWords(text))).toBeLessThanOrEqual(MAX_QUOTED);
    expect(judgeQuestion(text, [`clip:${story.id}`], input).grounded).toBe(true);
    // The hook names it the same way: no ellipsis there either.
    const hook = pickHooks(signals(input)).find((h) => h.kind === 'quote');
    expect(hook?.text).toBe(
      'Matt Salazar (chief product officer): Strava is “training machine learning on millions of historical activities to spot questionable uploads”',
    );
  });

  it('an interview answer too long to repeat is asked in reported speech', () => {
    const blog = clip('article', 'Introducing Junior Gaspard, New CEO at Experience', `Q: What have you learned?\nA: ${LESSON}`, {
      siteName: 'Experience',
      publishedAt: '2018-04-10',
    });
    const junior = person('Junior Gaspard', { currentTitle: 'President and CEO' });
    const input: PrepInput = { person: junior, company: company('Experience'), clips: [blog], now: Date.UTC(2018, 4, 2) };
    const [q] = quotesIn(input.clips, input.company, junior);
    expect(quoteQuestion(q!, signals(input))).toBe(
      'You said on Experience’s own site in April 2018 that “empathetic listening” is the biggest lesson you’ve learned. Where did you learn that, and where does it show in how you work now?'.replace(
        'Experience’s',
        "Experience's",
      ),
    );
  });

  it('a quote that cannot be said shortly makes no question', () => {
    const long =
      'Our approach to the market has always been to listen first and then to build whatever the people who use the product every single day tell us they need most';
    const story = clip('article', 'Acme rethinks its roadmap', `“${long},” says Dana Ruiz, head of design at Acme.`);
    const input: PrepInput = { company: company('Acme'), clips: [story], now: NOW };
    const [q] = quotesIn(input.clips, input.company, undefined);
    expect(q?.speaker).toBe('Dana Ruiz');
    expect(quoteQuestion(q!, signals(input))).toBeUndefined();
    const { questions, reserve } = suggestQuestions(signals(input), 30);
    expect([...questions, ...reserve].map((x) => x.text).join(' ')).not.toContain('Dana Ruiz, head of design');
  });

  it('a long mission is never cut with an ellipsis', () => {
    const mission =
      'Our mission is to build the most trusted platform for small businesses everywhere. We do this by listening to owners, shipping every week, and never charging for what should be free to every single customer.';
    const input: PrepInput = {
      company: company('Acme', { mission: [{ value: mission, sourceClipId: 'm', at: 0, strength: 'owner' }] }),
      clips: [],
      now: NOW,
    };
    const all = suggestQuestions(signals(input), 30);
    const q = [...all.questions, ...all.reserve].find((x) => /mission/.test(x.text));
    expect(q?.text).toBe(
      'Acme puts its mission as “build the most trusted platform for small businesses everywhere”. Where did you last see it decide something?',
    );
  });
});

describe('a newcomer at the top, asked from the side of the work the user wants', () => {
  it('names who joined, as what, where it was read, and asks what changed for that work', () => {
    const story = clip(
      'article',
      'Strava unveils dark mode',
      'Chief product officer Matt Salazar spoke.\nThe company hired a CTO alongside Salazar, who left Epic Games to join Strava as chief product officer.',
    );
    const input: PrepInput = { company: company('Strava'), clips: [story], self: self({ targetRole: 'Product designer' }), now: NOW };
    const { questions } = suggestQuestions(signals(input), 30);
    expect(questions.map((q) => q.text)).toContain(
      'I read that Matt Salazar became chief product officer (TechCrunch, May 2024). What has changed for designers since?',
    );
    expect(
      judgeQuestion(
        'I read that Matt Salazar became chief product officer (TechCrunch, May 2024). What has changed for designers since?',
        [`clip:${story.id}`],
        input,
      ).grounded,
    ).toBe(true);
  });
});

describe('speakers and names as a careful reader writes them', () => {
  it('a caption’s role loses its open bracket and its “who is”', () => {
    expect(roleAsWritten('the Disney executive who is overseeing the Disney+ streaming service (Walt Disney Co')).toBe(
      'the Disney executive overseeing the Disney+ streaming service',
    );
    expect(roleAsWritten('director for games at the tech giant')).toBe('director for games');
    // "…, but spokeswoman Andrea Rader said": the joining word is the sentence's.
    expect(roleAsWritten('but spokeswoman')).toBe('spokeswoman');
    expect(roleAsWritten('head of sales and marketing')).toBe('head of sales and marketing');
  });

  it('a role loses the name of the company the sheet is about, never another organisation’s', () => {
    expect(roleAsWritten('director for games at Google', 'Google')).toBe('director for games');
    expect(roleAsWritten('head of partnerships at Ubisoft', 'Google')).toBe('head of partnerships at Ubisoft');
  });

  it('an executive quoted in a story is not a name to ask an introduction to', () => {
    const story = clip(
      'article',
      'Disney+ launch draws 10 million',
      '“We’ve never had demand that we saw that day, and continue to see,” said Kevin Mayer, the Disney executive who is overseeing the Disney+ streaming service.',
    );
    const s = signals({ company: company('Disney'), clips: [story], self: self({ targetRole: 'Streaming platform engineer' }), now: NOW });
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Kevin Mayer']);
    expect(s.referrals).toEqual([]);
  });

  it('a referral is asked about how the user’s work meets the part of the company they run', () => {
    const s = signals({ company: company('Abacus Solutions'), clips: [], self: self({ targetRole: 'Marketing manager' }), now: NOW });
    const r = (title: string, inTarget = false): Referral => ({ name: 'Patrick Schutz', title, why: '', inTarget, basis: [] });
    expect(referralTopic(r('Director of Managed Services'), s)).toBe('managed services from the marketing side');
    expect(referralTopic(r('Head of Sales'), s)).toBe('how marketing works with sales');
    expect(referralTopic(r('Director, Marketing & Business Development', true), s)).toBe('marketing manager work');
    // A kind of work with no part of the company: how the two kinds of work meet.
    expect(referralTopic(r('Full stack Javascript developer'), s)).toBe(
      'how marketing and software engineering work together at Abacus Solutions',
    );
    // A title at the top that names neither: where the whole business is going; below the top, how the company works.
    expect(referralTopic(r('Vice President'), s)).toBe('where Abacus Solutions is heading');
    expect(referralTopic(r('Office Assistant'), s)).toBe('how Abacus Solutions works');
  });
});

describe('a German leadership story, said as the story reports it', () => {
  it('who, which office, what happened', () => {
    const e = {
      what: 'Aufsichtsratschef für zweite Amtszeit',
      evidence: 'Deutsche Bank nominiert Aufsichtsratschef für zweite Amtszeit',
      who: 'Alexander Wynaendts',
    };
    expect(leadershipSentence(e)).toBe('Alexander Wynaendts was nominated for a second term as supervisory board chair');
    expect(leadershipSentence({ ...e, who: undefined })).toBe('the supervisory board chair was nominated for a second term');
    expect(leadershipSentence({ what: 'Vorstandschef zurückgetreten', evidence: '', who: 'Jane Roe' })).toBe(
      'Jane Roe resigned as chief executive',
    );
    expect(leadershipSentence({ what: 'Neue Strategie', evidence: '', who: undefined })).toBeUndefined();
  });
});

describe('a would-be founder asks a founder from the job that speaks to their plan', () => {
  const noelia = person('Noelia Amoedo', {
    currentTitle: 'Founder & CEO',
    experience: [
      { title: 'Founder & CEO', company: 'Mediasmart', start: '2012' },
      { title: 'Head of EMEA Business Development for webOS', company: 'Hewlett-Packard', start: '2010-10', end: '2011-06' },
      { title: 'VP hi5 Mobile', company: 'hi5', start: '2008-07', end: '2009-03' },
    ],
  });
  const input = (exploring: string): PrepInput => ({
    person: noelia,
    company: company('Mediasmart'),
    clips: [],
    self: self({ field: 'Telecommunications engineering', employers: ['Telefónica'], targetRole: 'Founder', exploring }),
    now: Date.UTC(2017, 2, 8),
  });

  it('her earlier mobile job, not the move her story question already asks about', () => {
    const s = signals(input('starting a mobile advertising company'));
    expect(jobBeforeFounding(s)).toBe('VP hi5 Mobile');
    const { questions } = suggestQuestions(s, 30);
    const q = questions.find((x) => x.category === 'getting-in');
    expect(q?.text).toBe(
      'You were VP hi5 Mobile before starting Mediasmart. What would you tell someone leaving Telefónica to start a mobile advertising company?',
    );
    // The earlier job only says why she is the one to ask: the question is still "what would you tell
    // someone leaving a job to start a company?", and the judge says so (issue 11: no pasted facts).
    expect(judgeQuestion(q!.text, q!.basis, input('starting a mobile advertising company'))).toEqual({
      grounded: false,
      note: 'a fact pasted into “What would you tell someone leaving a steady job to start a company?”',
    });
  });

  it('a founder is not said to hire “for roles like the one you want”, and the intro names no “Founder roles”', () => {
    const sheet = buildPrepSheet(input('starting a mobile advertising company'));
    expect(sheet.why).toMatch(/Noelia has done what you want to do/);
    expect(sheet.why).not.toMatch(/hires for roles/);
    expect(sheet.intro).toContain("Right now I'm exploring starting a mobile advertising company.");
    expect(sheet.intro).not.toMatch(/Founder roles/);
    expect([...sheet.questions, ...sheet.reserve].map((q) => q.text).join(' ')).not.toMatch(/good Founder on your team/);
  });

  it('no earlier job that speaks to the plan: the plain question, no made-up link', () => {
    const s = signals(input('starting a bakery'));
    expect(jobBeforeFounding(s)).toBeUndefined();
    const { questions } = suggestQuestions(s, 30);
    expect(questions.map((x) => x.text)).toContain('What would you tell someone leaving Telefónica to start a bakery?');
  });
});

describe('open roles in the team the user wants', () => {
  const careers = (titles: string[]) =>
    clip('company-page', 'Careers', '', {
      url: 'https://vercel.example/careers',
      extraction: {
        kind: 'company-page',
        url: 'https://vercel.example/careers',
        title: 'Careers',
        extractor: 'test',
        sources: {},
        jobs: titles.map((title) => ({ title })),
      },
    });
  const ask = (titles: string[]) => {
    const { questions, reserve } = suggestQuestions(
      signals({
        company: company('Vercel'),
        clips: [careers(titles)],
        self: self({ field: 'Data analysis', targetRole: 'Analytics engineer' }),
        now: NOW,
      }),
      30,
    );
    return [...questions, ...reserve].map((q) => q.text).join(' ');
  };

  it('several roles in the target team make a question about how the team will split the work', () => {
    expect(ask(['Analytics Engineer', 'Data Engineer, Europe', 'Data Engineer', 'Data Scientist', 'Sales Engineer'])).toContain(
      'Vercel is hiring for Data Engineer and Data Scientist roles as well as the Analytics Engineer. How will the data team split the work as it grows, and where would an analytics engineer sit?',
    );
  });

  it('one other role in the team is not a team being built', () => {
    expect(ask(['Analytics Engineer', 'Data Engineer', 'Sales Engineer', 'Designer'])).not.toMatch(/split the work/);
  });
});

describe('a headline that lists launches names them all', () => {
  it('keeps the short items of the list, drops “and more”, and never takes a clause for an item', () => {
    expect(withListed('‘family’ plan', 'unveils ‘family’ plan, dark mode and more')).toBe('‘family’ plan and dark mode');
    expect(withListed('iPhone 11', 'launched iPhone 11, iPhone 11 Pro and Apple Watch.')).toBe('iPhone 11, iPhone 11 Pro and Apple Watch');
    expect(withListed('Stadia', 'launched Stadia, and users complained')).toBe('Stadia');
    expect(withListed('Stadia', 'launched Stadia, its streaming service, on Tuesday')).toBe('Stadia');
  });

  it('a designer is asked about every launch the headline names; a plan or a list does not “look and work”', () => {
    const story = clip('article', 'Strava taps AI to weed out leaderboard cheats, unveils ‘family’ plan, dark mode and more', '');
    const { questions } = suggestQuestions(
      signals({ company: company('Strava'), clips: [story], self: self({ targetRole: 'Product designer' }), now: NOW }),
      30,
    );
    expect(questions.map((q) => q.text)).toContain(
      'How early did designers come into the ‘family’ plan and dark mode, and who had the final say on what shipped?',
    );
  });

  it('“AI” typed with a small L is said “AI” when the person’s own words are repeated to them', () => {
    expect(aiAsWritten('now building Pipelex: the declarative language for Al workflows')).toBe(
      'now building Pipelex: the declarative language for AI workflows',
    );
    // A name stays a name.
    expect(aiAsWritten('Al Gore joined the board')).toBe('Al Gore joined the board');
  });
});

describe('the judge: a title pasted into a question any leader could be asked is not grounded', () => {
  it('“As CEO, what do you need most from a General manager?” is generic; the engine keeps it in reserve', () => {
    const jeff = person('Jeff Weiner', {
      currentTitle: 'CEO',
      experience: [
        { title: 'CEO', company: 'LinkedIn', start: '2008-12' },
        { title: 'Executive Vice President Network Division', company: 'Yahoo!', start: '2001-05', end: '2008-06' },
      ],
    });
    const input: PrepInput = {
      person: jeff,
      company: company('LinkedIn'),
      clips: [],
      self: self({ field: 'Digital media', targetRole: 'General manager' }),
      now: Date.UTC(2014, 0, 10),
    };
    const text = 'As CEO, what do you need most from a general manager at LinkedIn?';
    expect(judgeQuestion(text, [`person:${jeff.id}:experience`], input)).toMatchObject({ grounded: false });
    const { questions, reserve } = suggestQuestions(signals(input), 20);
    expect(questions.map((q) => q.text)).not.toContain(text);
    expect(reserve.map((q) => q.text)).toContain(text);
    // A side of the work named in their title still does work: "From the client services side …".
    const gary = person('Gary Chavez', { currentTitle: 'Vice President, Client Services' });
    expect(
      judgeQuestion(
        'From the client services side, what makes a Product marketing manager a great partner at Bunchball?',
        [`person:${gary.id}:title`],
        { person: gary, company: company('Bunchball'), clips: [], self: self({ targetRole: 'Product marketing manager' }), now: NOW },
      ).grounded,
    ).toBe(true);
  });
});

describe('more of what the dossier says, asked as a person would', () => {
  it('an interview’s stated plan is a second subject, quoted up to its relative clause', () => {
    const blog = clip(
      'article',
      'Introducing Junior Gaspard, New CEO at Experience',
      'Q: What have you learned?\nA: I think empathetic listening is the biggest lesson I have learned in my career so far.\nQ: What is on the horizon?\nA: We are moving subscription access to the next level with our direct to consumer offering called INWEGO which offers unlimited access to tickets for a flat fee each month.',
      { siteName: 'Experience', publishedAt: '2018-04-09' },
    );
    const junior = person('Junior Gaspard', { currentTitle: 'President and CEO' });
    const input: PrepInput = {
      person: junior,
      company: company('Experience'),
      clips: [blog],
      self: self({ targetRole: 'Product manager' }),
      now: Date.UTC(2018, 4, 2),
    };
    const { questions } = suggestQuestions(signals(input), 30);
    expect(questions.map((q) => q.text)).toContain(
      'You said that Experience is “moving subscription access to the next level” with its direct to consumer offering called INWEGO. Where does that stand now, and what would a product manager own in it?',
    );
  });

  it('someone who left the user’s line of work for another is asked what carried over, once', () => {
    const ines = person('Inês Teles', {
      currentTitle: 'Co-Founder & CEO',
      experience: [
        { title: 'Co-Founder & CEO', company: 'DWYL', start: '2013-04' },
        { title: 'Senior Consultant', company: 'Accenture', start: '2011-06', end: '2013-03' },
      ],
    });
    const input: PrepInput = {
      person: ines,
      company: company('DWYL'),
      clips: [],
      self: self({ field: 'Management consulting', targetRole: 'Operations lead' }),
      now: Date.UTC(2016, 5, 1),
    };
    const { questions } = suggestQuestions(signals(input), 30);
    const texts = questions.map((q) => q.text);
    expect(texts).toContain(
      'Like me, you came from consulting (Accenture). What from consulting helped you most at DWYL, and what did you have to unlearn?',
    );
    // It is the user's move, asked once: not beside the generic one.
    expect(texts.join(' ')).not.toMatch(/need to show to be taken seriously/);
  });

  it('the job a story says they held before is asked about when no profile tells their path', () => {
    const pr = clip(
      'article',
      'my6sense Names Mobile Marketing Pioneer Ivan Braiker Chief Strategy Officer',
      'my6sense named Ivan Braiker its first Chief Strategy Officer. Ivan served as the CEO of Hipcricket, a mobile marketing company, from 2004 – 2014.',
      { siteName: 'my6sense', publishedAt: '2018-07-02' },
    );
    const ivan = person('Ivan Braiker', { currentTitle: 'Chief Strategy Officer' });
    const s = signals({ person: ivan, company: company('my6sense'), clips: [pr], now: Date.UTC(2018, 7, 20) });
    expect(s.prior?.value).toMatchObject({ title: 'CEO', org: 'Hipcricket' });
    const { questions } = suggestQuestions(s, 30);
    expect(questions.map((q) => q.text)).toContain(
      'Before my6sense you were CEO of Hipcricket. What from that job do you draw on most as Chief Strategy Officer, and what did you leave behind?',
    );
    expect(pickHooks(s).map((h) => h.text)).toContain('Ivan was CEO of Hipcricket before my6sense');
    // A story that names someone else says nothing of the person met.
    expect(signals({ person: person('Dana Ruiz'), company: company('my6sense'), clips: [pr], now: NOW }).prior).toBeUndefined();
  });

  it('a company that sells against building it in-house: how the user would win over those who would rather build', () => {
    const co = company('Stream', {
      summary: fact('Stream builds chat and feeds for applications at scale in a fraction of the time and cost of developing in-house.'),
    });
    const ask = (targetRole: string) =>
      suggestQuestions(signals({ company: co, clips: [], self: self({ targetRole }), now: NOW }), 30)
        .questions.map((q) => q.text)
        .join(' ');
    expect(ask('Developer advocate')).toContain(
      'Stream sells chat and feeds against building them in-house. How does a developer advocate win over the teams that would rather build their own?',
    );
    expect(ask('Backend engineer')).not.toMatch(/in-house/);
  });
});

describe('the user’s own move, said as the move it is', () => {
  const meet = (field: string, targetRole: string, exploring?: string) =>
    signals({
      person: person('Rob Wentz', { currentTitle: 'Director of Marketing' }),
      company: company('Abacus'),
      clips: [],
      self: self({ field, targetRole, exploring }),
      now: NOW,
    });

  it('a step within the same work is not "moving from" one field "into" another', () => {
    const texts = (s: ReturnType<typeof meet>) => suggestQuestions(s, 30).questions.map((q) => q.text);
    expect(texts(meet('Nonprofit marketing', 'Marketing manager'))).toContain(
      'What would someone coming from nonprofit marketing need to show to be taken seriously for a marketing manager role here?',
    );
    // A director of marketing does the work a would-be product marketer wants: asked as the one who judges newcomers to it.
    expect(texts(meet('Customer success', 'Product marketing manager'))).toContain(
      "You do the work I'm aiming at. What would you need to see from someone moving from customer success before taking them seriously for a product marketing manager role?",
    );
  });

  it('someone who made the user’s very move is asked about it once as advice (the route), not again as "what to show"', () => {
    const benji = person('Benjamin Lees', {
      experience: [
        { title: 'Senior Software Engineer', company: 'Arcadia Group', start: '2015-10' },
        { title: 'Full Stack Web Developer', company: 'Founders & Coders', start: '2014-11', end: '2015-10' },
        { title: 'Assisting Structural Engineer', company: 'Blue Engineering', start: '2013-07', end: '2013-09' },
      ],
      education: [
        { school: 'Collective Academy', field: 'Web Development', end: '2014' },
        { school: 'University of Leeds', field: 'Civil Engineering' },
      ],
    });
    const { questions } = suggestQuestions(
      signals({ person: benji, clips: [], self: self({ field: 'Civil engineering', targetRole: 'Software developer' }), now: NOW }),
      30,
    );
    const mine = questions.filter((q) => q.intent === 'my-move').map((q) => q.text);
    expect(mine).toEqual([expect.stringMatching(/Would you take the same route into software engineering again\?$/)]);
    expect(questions.map((q) => q.text).join(' ')).not.toMatch(/taken seriously/);
  });

  it('the user’s own move is asked from where the person sits, not in one sentence on every sheet', () => {
    const ask = (title: string, field: string, targetRole: string) =>
      suggestQuestions(
        signals({
          person: person('Rob Wentz', { currentTitle: title }),
          company: company('Abacus'),
          clips: [],
          self: self({ field, targetRole }),
          now: NOW,
        }),
        30,
      ).questions.find((q) => q.intent === 'my-move')?.text;
    // Beside the work (an engineer, for a would-be product manager): whether they have seen people arrive from the user's field.
    expect(ask('Senior Software Engineer', 'Event marketing', 'Product manager')).toBe(
      'Have you seen anyone come into a product manager role from event marketing or a field like it? What made it work, or not?',
    );
    // A title that says no line of work ("Vice President"): the plain question.
    expect(ask('Vice President', 'Event marketing', 'Product manager')).toBe(
      'What would someone moving from event marketing into a product manager role need to show to be taken seriously?',
    );
  });

  it('claims no change of field when the user’s field and the target are one line of work (tune felix-hli, louis-pipelex)', () => {
    const ask = (title: string, field: string, targetRole: string, exploring?: string) =>
      suggestQuestions(
        signals({
          person: person('Rob Wentz', { currentTitle: title }),
          company: company('Abacus'),
          clips: [],
          self: self({ field, targetRole, exploring }),
          now: NOW,
        }),
        30,
      ).questions.find((q) => q.intent === 'my-move')?.text;
    // A computational biologist is already in a research scientist's line: the move is the one they name.
    expect(
      ask('Chief Scientific Officer', 'Computational biology', 'Research scientist', 'moving from an academic postdoc into industry R&D'),
    ).toBe('Have you seen anyone move from an academic postdoc into industry R&D? What made it work, or not?');
    // An engineer aiming at an engineering post: a background, not a field left behind.
    expect(ask('CTO', 'Machine learning engineering', 'Founding engineer')).toBe(
      'What would someone with a background in machine learning engineering need to show to be taken seriously for a founding engineer role here?',
    );
    // A real change of field keeps its wording.
    expect(ask('Senior Software Engineer', 'Event marketing', 'Product manager')).toMatch(
      /^Have you seen anyone come into a product manager role from event marketing/,
    );
  });

  it('the family of a move the user describes is read from where they are going, not from where they are', () => {
    expect(
      meet('Advertising sales', 'Strategy director', 'moving from ad sales into strategy at an ad-tech company').self.targetFamily,
    ).toBeUndefined();
    expect(meet('Teaching', 'Junior', 'moving from teaching into web development').self.targetFamily).toBe('engineering');
  });
});

describe('a role said in a sentence', () => {
  it('keeps acronyms, lowers the rest and leaves a posting’s qualifier out', () => {
    expect(aRole('Technical Recruiter, Machine Learning')).toBe('a technical recruiter');
    expect(aRole('OT Security Architect')).toBe('an OT security architect');
    expect(aRole('Customer Success Manager, APAC')).toBe('a customer success manager');
    expect(aRole('Data engineer')).toBe('a data engineer');
  });
});
