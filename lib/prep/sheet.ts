import { shownFact } from '../facts';
import { COMPANY_FACTS } from '../schema/company-facts';
import type { CompanyFactKey, Interview } from '../schema/dossier';
import type { EducationEntry, ExperienceEntry } from '../schema/page-extraction';
import { suggestQuestions } from './engine';
import { ETIQUETTE } from './etiquette';
import { introDraft } from './intro';
import { signals } from './signals';
import type { KnownFact, NewsItem, PrepInput, SuggestedQuestion } from './types';

export interface PrepSheet {
  meeting?: Pick<Interview, 'when' | 'timeZone' | 'where' | 'durationMinutes' | 'goal' | 'status'> & { who?: string; company?: string };
  intro: string;
  person?: {
    name: string;
    headline?: string;
    role?: string;
    company?: string;
    tenure?: string;
    location?: string;
    profileUrl?: string;
    timeline: ExperienceEntry[];
    education: EducationEntry[];
    commonGround: string[];
  };
  company?: {
    name: string;
    facts: Array<{ key: CompanyFactKey; label: string; value: string; sourceClipId: string }>;
    news: NewsItem[];
  };
  alreadyKnown: KnownFact[];
  questions: SuggestedQuestion[];
  etiquette: readonly string[];
}

/** The whole prep sheet for one meeting. Pure: the same input gives the same sheet. */
export function buildPrepSheet(input: PrepInput): PrepSheet {
  const { person, company, interview, self } = input;
  const s = signals(input);
  const { questions, known } = suggestQuestions(input);
  const current = s.current?.value;
  return {
    meeting: interview
      ? {
          when: interview.when,
          timeZone: interview.timeZone,
          where: interview.where,
          durationMinutes: interview.durationMinutes,
          goal: interview.goal,
          status: interview.status,
          who: person?.name,
          company: company?.name,
        }
      : undefined,
    intro: introDraft(self, person, company, s),
    person: person && {
      name: person.name,
      headline: person.headline,
      role: person.currentTitle ?? current?.title,
      company: current?.company ?? company?.name,
      tenure: s.tenureYears !== undefined && current ? tenureText(s.tenureYears, s.tenureSince) : undefined,
      location: person.location,
      profileUrl: person.profileUrl,
      timeline: person.experience,
      education: person.education,
      commonGround: s.commonGround.map(
        (c) =>
          `${c.value.kind === 'school' ? 'Same school' : c.value.kind === 'employer' ? 'Same past employer' : c.value.kind === 'city' ? 'Same city' : 'Same field'}: ${c.value.value}`,
      ),
    },
    company: company && {
      name: company.name,
      facts: COMPANY_FACTS.filter((spec) => spec.glance).flatMap(({ key, label }) => {
        const f = shownFact(company, key);
        return f
          ? [{ key, label, value: Array.isArray(f.value) ? f.value.join(', ') : String(f.value), sourceClipId: f.sourceClipId }]
          : [];
      }),
      news: s.news.map(({ kind: _kind, ...n }) => n),
    },
    alreadyKnown: known,
    questions,
    etiquette: ETIQUETTE,
  };
}

function tenureText(years: number, start: string | undefined): string {
  const whole = Math.floor(years);
  const months = Math.floor((years - whole) * 12);
  const span =
    whole >= 1
      ? `${whole} year${whole > 1 ? 's' : ''}${months ? ` ${months} month${months > 1 ? 's' : ''}` : ''}`
      : `${Math.max(1, months)} month${months > 1 ? 's' : ''}`;
  return start ? `${span} (since ${start})` : span;
}
