import type { Clip } from '../schema/dossier';
import { sentences } from '../text/sentences';
import { plain } from './clean';

/**
 * What a job posting says in its own words that a coach would ask about: the duties its "What you
 * will do" list gives the job (as a person says them: "raising expansion opportunities with the
 * Sales team"), the teams those duties name, the tools its requirements ask for, and how the
 * company says it works (asynchronously, across time zones). Read from the posting's text, one
 * section at a time: the benefits, the equal-opportunity paragraph and the application form are
 * never read.
 */
export interface PostingPoints {
  /** Duties as gerund phrases, lower-case, at most three, the most concrete first in the posting's order. */
  duties: string[];
  /** Teams the duties name as partners ("Sales", "Engineering"). */
  teams: string[];
  /** Tools and technologies its requirements name, as written ("Next.js", "CI/CD", "dbt"). */
  tools: string[];
  /** The sentence that says how the company works, and what it says. */
  working?: { sentence: string; async: boolean; distributed: boolean; timeZones: boolean };
}

type Section = 'duties' | 'requirements' | 'benefits' | 'other';

/** A section's heading, as postings write them (Greenhouse, Lever, Ashby, a company's own page). */
const DUTIES =
  /^(?:what you(?:'|’)?ll do|what you will do|what you(?:'|’)?ll be doing|responsibilities|key responsibilities|your responsibilities|in this role|the role|about the role|your role|your mission|day to day|what the job involves)\b/i;
const REQUIREMENTS =
  /^(?:about you|requirements|qualifications|(?:minimum|basic|preferred) qualifications|what you(?:'|’)?ll bring|what you bring|what we(?:'|’)?re looking for|you (?:have|are|might be)|(?:desired|required|preferred|key|technical) (?:skills|qualifications)|skills|bonus(?: points)?(?: if you)?|nice to have|it(?:'|’)?s a plus)\b/i;

/** What the job gives, not how the team works: "Fully remote, across time zones" there is a perk, asked by nobody. */
const BENEFITS = /^(?:benefits|perks|what we offer|why (?:join|work)|compensation)\b/i;

/** A heading: a short line ending on a colon, or a known heading alone on its line. */
function sectionOf(line: string): Section | undefined {
  const l = line.trim();
  const words = l.split(/\s+/).length;
  if (words > 6 || /[.!?]$/.test(l)) return undefined;
  const bare = l.replace(/:$/, '');
  if (DUTIES.test(bare)) return 'duties';
  if (REQUIREMENTS.test(bare)) return 'requirements';
  if (BENEFITS.test(bare)) return 'benefits';
  return l.endsWith(':') ? 'other' : undefined;
}

/** Words that open a line without being its verb: a sentence about the job, not a duty. */
const NOT_A_VERB =
  /^(?:the|a|an|you|your|we|our|as|in|this|these|it|strong|excellent|outstanding|experience|knowledge|ability|proven|demonstrable|familiar|comfortable|kind|additional|bonus|benefits?|about|and|or|with|for|to|on|of|at|by|from)$/i;
/** Praise that names no work: "Deliver an extraordinary customer experience". */
const VAGUE = /\b(?:extraordinary|exceptional|outstanding|excellent|amazing|world[- ]class|best[- ]in[- ]class|delightful|great)\b/i;

/** The -ing form of an English verb: manage → managing, identify → identifying, plan → planning. */
export function gerund(verb: string): string {
  const v = verb.toLowerCase();
  if (v.endsWith('ing')) return v;
  if (v.endsWith('ie')) return `${v.slice(0, -2)}ying`;
  if (/[^aeiou]e$/.test(v) || /[^e]ue$/.test(v)) return `${v.slice(0, -1)}ing`;
  // One syllable ending consonant-vowel-consonant doubles its last letter (plan, set, run).
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(v)) return `${v}${v.slice(-1)}ing`;
  return `${v}ing`;
}

/**
 * A duty line as a gerund phrase: "Identify and raise expansion opportunities with the Sales
 * team." → "identifying and raising expansion opportunities with the Sales team". Undefined for a
 * line that does not open on a verb, or praises without naming work.
 */
export function dutyPhrase(line: string): string | undefined {
  const l = line
    .trim()
    .replace(/[.;]$/, '')
    // "Proactively manage …": the adverb adds nothing a person would say back.
    .replace(/^\p{Lu}\p{Ll}+ly\s+/u, (m) => (/^(?:Apply|Supply|Reply)\s/.test(m) ? m : ''));
  const words = l.split(/\s+/);
  if (words.length < 3 || words.length > 10 || VAGUE.test(l) || /[:?!]/.test(l)) return undefined;
  if (!/^\p{L}\p{Ll}+,?$/u.test(words[0]!) || NOT_A_VERB.test(words[0]!.replace(/,$/, ''))) return undefined;
  // A line with a subject of its own is a sentence about the job, not a duty.
  if (/\b(?:will|is|are|you|we|our)\b/i.test(l)) return undefined;
  // The verbs at its head: "Receive, prioritize, and deliver upon …", "Identify and raise …".
  const out: string[] = [];
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i]!;
    const bare = w.replace(/,$/, '');
    const isVerb = i === 0 || (/^\p{Ll}+,?$/u.test(w) && ['and', 'or'].includes(words[i - 1]!)) || /,$/.test(words[i - 1] ?? '');
    if (!isVerb || !/^\p{L}+$/u.test(bare)) break;
    out.push(gerund(bare) + (w.endsWith(',') ? ',' : ''));
    if (words[i + 1] === 'and' || words[i + 1] === 'or') {
      out.push(words[i + 1]!);
      i++;
    } else if (!w.endsWith(',')) {
      i++;
      break;
    }
  }
  return [...out, ...words.slice(i)].join(' ');
}

/** Tool names of a catalogue a careful reader knows; the rest are recognised by their shape (a dot, a slash, capitals inside). */
const KNOWN_TOOLS =
  /^(?:React|Python|Java|Scala|Ruby|Rails|Go|Rust|Swift|Kotlin|Node|Spark|Kafka|Airflow|Snowflake|Superset|Tableau|Looker|Excel|Salesforce|HubSpot|Zendesk|Gainsight|Figma|Sketch|Jira|Docker|Kubernetes|Terraform|Linux|Postgres|Redis|GraphQL|TypeScript|JavaScript|serverless|git|dbt|SQL|AWS|GCP|Azure|CDN|DNS|API|APIs|REST|HTML|CSS)$/;
/**
 * Lab instruments and engineering software an engineering posting asks for, in any case: a
 * hardware internship lists "multimeter, oscilloscope or similar testing equipment" and "CAD tools
 * such as CREO" (fresh3-lockheed-intern-job), no shape of a software name.
 */
const KNOWN_KIT =
  /^(?:multimeters?|oscilloscopes?|soldering|CAD|CREO|SolidWorks|AutoCAD|CATIA|MATLAB|Simulink|LabVIEW|Altium|KiCad|SPICE|LTspice|Verilog|VHDL|FPGA|PLC|Ansys)$/i;
/** Capitals that are no tool: places, currencies, titles, business words. */
const NOT_TOOLS =
  /^(?:US|USA|UK|EU|EMEA|APAC|AMER|LATAM|ANZ|CEO|CTO|CFO|VP|HR|PTO|WFH|OTE|B2B|B2C|SaaS|PaaS|PAAS|IT|BA|BS|MS|MBA|PhD|KPI|KPIs|OKR|OKRs|ARR|QA)$/;

/** Tools a requirement line names, in its order. */
function toolsIn(line: string): string[] {
  return line
    .split(/[\s,;()]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[.:]+$/gu, ''))
    .filter(
      (w) =>
        !NOT_TOOLS.test(w) &&
        (KNOWN_TOOLS.test(w) ||
          KNOWN_KIT.test(w) ||
          /^\p{L}+\.(?:js|io|net)$/iu.test(w) ||
          /^\p{Lu}{2,5}\/\p{Lu}{2,5}$/u.test(w) ||
          /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u.test(w)),
    );
}

/** A team a duty may name without the word "team": "with Sales", "with Product and Design". */
const DEPARTMENT =
  /^(?:Sales|Engineering|Product|Marketing|Design|Support|Finance|Legal|Operations|Data(?: \p{Lu}\p{L}+)?|Research|Success|Customer Success|Solutions|Partnerships)$/u;

const ASYNC = /\basynchronous(?:ly)?\b|\basync\b/i;
const DISTRIBUTED = /\b(?:globally[- ])?distributed\b|\bremote[- ]first\b|\bfully remote\b/i;
const TIME_ZONES = /\btime[- ]?zones\b/i;

/** Verbs after "you will" that say what the hire gets or undergoes, not work they do. */
const NOT_WORK = /^(?:be|have|get|receive|enjoy|join|gain|learn|report|work|need|find|also)$/i;

/**
 * Duties a posting tells in prose rather than a list: "In this role, you will help coordinate/resolve
 * technical issues across multiple teams. This includes assisting in the preparation of engineering
 * packages, coordinating lab hardware and providing direct support to senior electrical engineers"
 * (fresh3-lockheed-intern-job: a careers site that runs the whole description as one paragraph).
 */
export function proseDuties(sentence: string): string[] {
  const s = sentence.trim().replace(/[.;]$/, '');
  // "This includes assisting …, coordinating … and providing …": each gerund phrase is a duty.
  const incl =
    /^(?:this|these|that|duties|responsibilities|the (?:role|work|job))\s+(?:includes?|involves?|will include)\s+(\p{Ll}+ing\b.*)$/iu.exec(
      s,
    );
  if (incl)
    return incl[1]!
      .split(/,\s*(?:and\s+|or\s+)?(?=\p{Ll}+ing\b)|\s+(?:and|or)\s+(?=\p{Ll}+ing\b)/u)
      .map((d) => d.trim())
      .filter((d) => d.split(/\s+/).length >= 2 && d.split(/\s+/).length <= 12 && !VAGUE.test(d));
  // "In this role, you will help coordinate/resolve …", "As an intern, you will design …".
  const will =
    /^(?:(?:in this (?:role|position|job)|as (?:an?|our|the) [^,]{2,40}),\s*)?you will\s+(?:help(?: to)?\s+)?(\p{Ll}+(?:\/\p{Ll}+)?)\s+(.+)$/iu.exec(
      s,
    );
  if (!will || NOT_WORK.test(will[1]!) || /\byou\b/i.test(will[2]!)) return [];
  const verbs = will[1]!.split('/').map(gerund);
  const rest = will[2]!.split(/\s+/);
  if (rest.length < 2 || rest.length > 10 || VAGUE.test(will[2]!)) return [];
  return [`${verbs.join(' and ')} ${will[2]}`];
}

/** The posting's points, or undefined when its text gives none. */
export function postingPoints(clip: Clip | undefined): PostingPoints | undefined {
  if (!clip?.text) return undefined;
  const lines = clip.text
    .split(/\n+/)
    .map((l) => plain(l).trim())
    .filter(Boolean);
  let section: Section = 'other';
  const listed: string[] = [];
  const prose: string[] = [];
  const tools: string[] = [];
  let working: PostingPoints['working'];
  for (const line of lines) {
    const heading = sectionOf(line);
    if (heading) {
      section = heading;
      continue;
    }
    if (section === 'duties') {
      const d = dutyPhrase(line);
      if (d) listed.push(d);
    }
    if (section !== 'requirements' && section !== 'benefits') for (const sn of sentences(line)) prose.push(...proseDuties(sn));
    if (section === 'requirements') for (const t of toolsIn(line)) if (!tools.includes(t)) tools.push(t);
    // How the company works, said of its team (the company's blurb or the role's): not a line of the benefits.
    // The first such sentence is quoted; what later ones add (the accounts "over multiple time zones") is kept beside it.
    if (section !== 'requirements' && section !== 'benefits')
      for (const s of sentences(line)) {
        const a = ASYNC.test(s);
        const d = DISTRIBUTED.test(s) && /\bteam|\bwork/i.test(s);
        const z = TIME_ZONES.test(s);
        if (!(a || d || z) || s.split(/\s+/).length > 40 || /\b(?:benefits?|perks?|budget|healthcare|pto)\b/i.test(s)) continue;
        working = working
          ? { ...working, async: working.async || a, distributed: working.distributed || d, timeZones: working.timeZones || z }
          : { sentence: s, async: a, distributed: d, timeZones: z };
      }
  }
  // A list under its own heading is the posting's word on the job; prose is read only without one.
  const duties = listed.length >= 2 ? listed : [...new Set([...listed, ...prose])];
  // Duties that name a partner team say the most about the job; praise and single lines go.
  const teamOf = (d: string) => {
    const m = /\bwith (?:the |our )?(\p{Lu}[\p{L}&]*(?: \p{Lu}[\p{L}&]*)?)( teams?\b)?/u.exec(d);
    return m && (m[2] || DEPARTMENT.test(m[1]!)) ? m[1] : undefined;
  };
  const ranked = duties.map((d, i) => ({ d, i, score: (teamOf(d) ? 2 : 0) - d.split(/\s+/).length / 20 }));
  const picked = ranked
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, 3)
    // Read out in one breath: the longest goes while the list runs past 18 words (two stay).
    .filter((x, k, all) => k < 2 || all.slice(0, k + 1).reduce((n, y) => n + y.d.split(/\s+/).length, 0) <= 18)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.d);
  const teams = [...new Set(duties.map(teamOf).filter((t): t is string => !!t))];
  const points: PostingPoints = { duties: picked.length >= 2 ? picked : [], teams, tools: tools.slice(0, 6), working };
  return points.duties.length || points.tools.length >= 2 || points.working ? points : undefined;
}
