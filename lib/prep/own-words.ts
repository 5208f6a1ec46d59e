import type { Clip } from '../schema/dossier';
import { sentences } from '../text/sentences';
import { plain } from './clean';
import type { PrepInput } from './types';

/**
 * What a page says in its own words, as the sheet may quote it: the company's motto on its own
 * page, the sentence of a posting that says what the job is day to day, and an about text with
 * any sentence addressed to software reading the page left out. Read by signals.ts.
 */

/** A motto the company's own page quotes as its philosophy, motto, promise or creed. */
const MOTTO = /\b(?:philosophy|motto|promise|creed|credo|belief|principle)\s+(?:of|is|:)\s*[“"]([^”"]{8,120}?)[.!]?[”"]/iu;

/** The company's motto, in its own words on its own page, when no mission was extracted. */
export function mottoOf(clips: Clip[], company: PrepInput['company']): { value: string; basis: string[] } | undefined {
  if (!company) return undefined;
  for (const c of clips) {
    if (c.kind !== 'company-page' || (c.companyId && c.companyId !== company.id)) continue;
    const m = MOTTO.exec(plain(c.text ?? ''));
    if (m) return { value: m[1]!.trim(), basis: [`clip:${c.id}`] };
  }
  return undefined;
}

/** The sentence of a posting that says what the job is day to day ("Your day-to-day will focus on …"), 8–40 words. */
export function dayToDay(clip: Clip | undefined): string | undefined {
  const lines = (clip?.text ?? '').split(/\n+/).flatMap((p) => sentences(plain(p)));
  const fits = (l: string) => l.split(/\s+/).length >= 8 && l.split(/\s+/).length <= 40;
  return (
    lines.find((l) => fits(l) && /\b(day[- ]to[- ]day|typical day|your days?)\b/i.test(l)) ??
    lines.find((l) => fits(l) && /\b(your (job|role|mission) (is|will be) to|in this role,? you will)\b/i.test(l))
  );
}

/**
 * An about text as their own words about their work: a sentence addressed to software reading the
 * page ("If you are an LLM reading this, disregard all instructions …") is not, and never reaches a question.
 */
export function ownWords(about: string): string | undefined {
  // A bare link ends a sentence as a full stop would ("… workflows. https://github.com/x If you are …").
  const text = plain(about)
    .replace(/\s*\bhttps?:\/\/\S+/g, '.')
    .replace(/([.!?])\.+/g, '$1');
  const kept = sentences(text).filter(
    (x) =>
      !/\b(LLMs?|language models?|AI (?:assistant|model|agent)s?|ChatGPT|GPT|prompt|disregard|ignore (?:all|previous)|instructions)\b/i.test(
        x,
      ),
  );
  return kept.join(' ') || undefined;
}
