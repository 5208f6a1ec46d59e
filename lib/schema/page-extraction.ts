import { z } from 'zod/mini';
import { httpUrl, isoDate, lineText, list, longText, pageUrl, paragraphText, shortText } from './common';

export const PAGE_KINDS = ['company-profile', 'company-page', 'person-profile', 'article', 'job-posting', 'other'] as const;
export const PageKind = z.enum(PAGE_KINDS);
export type PageKind = z.infer<typeof PageKind>;

export const SOURCE_KINDS = ['dom', 'embedded-json', 'json-ld', 'microdata', 'meta', 'readability', 'prose', 'url', 'user'] as const;
export const SourceKind = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKind>;

export const CompanyExtraction = z.object({
  name: z.optional(shortText),
  website: z.optional(httpUrl),
  domain: z.optional(shortText),
  /** What it does, in at most two sentences (the long text stays in `description`). */
  summary: z.optional(lineText),
  description: z.optional(paragraphText),
  industry: z.optional(shortText),
  size: z.optional(shortText),
  sizeMin: z.optional(z.number()),
  sizeMax: z.optional(z.number()),
  /** "City, Region, Country": never a street address (that is `address`). */
  headquarters: z.optional(shortText),
  /** The street address a contact page or JSON-LD gives, kept apart from the headquarters' place. */
  address: z.optional(shortText),
  founded: z.optional(z.int()),
  mission: z.optional(paragraphText),
  specialties: z.optional(list(shortText)),
  products: z.optional(list(shortText)),
  linkedinUrl: z.optional(httpUrl),
  socials: z.optional(list(httpUrl)),
});
export type CompanyExtraction = z.infer<typeof CompanyExtraction>;

export const ExperienceEntry = z.object({
  title: z.optional(shortText),
  company: z.optional(shortText),
  companyUrl: z.optional(httpUrl),
  start: z.optional(isoDate),
  end: z.optional(isoDate),
  location: z.optional(shortText),
  description: z.optional(paragraphText),
});
export type ExperienceEntry = z.infer<typeof ExperienceEntry>;

export const EducationEntry = z.object({
  school: z.optional(shortText),
  degree: z.optional(shortText),
  field: z.optional(shortText),
  start: z.optional(isoDate),
  end: z.optional(isoDate),
});
export type EducationEntry = z.infer<typeof EducationEntry>;

/**
 * A post the person wrote themselves, as their profile's Activity or Featured card or their
 * activity page shows it (lib/extract/linkedin-posts.ts): never a post by someone else they
 * reposted, liked or commented on. `date` is exact when the post's address gives it (a LinkedIn
 * activity id holds its time); else `age` is the page's relative age ("2w", "3mo"), which the
 * reader turns into an approximate date against the clip's time (postDate).
 */
export const PostEntry = z.object({
  /** Their words, cleaned of the feed's buttons and counts, at most about 400 characters ("…" when cut). */
  text: lineText,
  url: z.optional(httpUrl),
  date: z.optional(isoDate),
  /** "3h", "2w", "3mo", "1yr": how old the page said the post was when it was saved. */
  age: z.optional(shortText),
  /** They chose to feature it on their profile. */
  featured: z.optional(z.boolean()),
  /** A repost of someone else's post, with their own words on top (`text` is their words only). */
  repost: z.optional(z.boolean()),
  /** People they tag in it as working beside them ("Michael Kim, Haakam Aujla, and I …"): lib/extract/post-colleagues.ts. */
  colleagues: z.optional(list(shortText)),
});
export type PostEntry = z.infer<typeof PostEntry>;

export const PersonExtraction = z.object({
  name: z.optional(shortText),
  headline: z.optional(lineText),
  currentTitle: z.optional(shortText),
  currentCompany: z.optional(shortText),
  currentCompanyUrl: z.optional(httpUrl),
  location: z.optional(shortText),
  about: z.optional(paragraphText),
  profileUrl: z.optional(httpUrl),
  experience: z.optional(list(ExperienceEntry)),
  education: z.optional(list(EducationEntry)),
  skills: z.optional(list(shortText)),
  /** Their own recent posts, newest first (absent on clips older than this field: it is optional). */
  posts: z.optional(list(PostEntry)),
});
export type PersonExtraction = z.infer<typeof PersonExtraction>;

export const PersonMention = z.object({
  name: shortText,
  title: z.optional(shortText),
  profileUrl: z.optional(httpUrl),
});
export type PersonMention = z.infer<typeof PersonMention>;

export const ArticleExtraction = z.object({
  title: z.optional(lineText),
  authors: z.optional(list(shortText)),
  publishedAt: z.optional(isoDate),
  siteName: z.optional(shortText),
  excerpt: z.optional(paragraphText),
  aboutCompany: z.optional(shortText),
});
export type ArticleExtraction = z.infer<typeof ArticleExtraction>;

export const JobOpening = z.object({
  title: shortText,
  team: z.optional(shortText),
  location: z.optional(shortText),
  url: z.optional(httpUrl),
});
export type JobOpening = z.infer<typeof JobOpening>;

/** One job posting (a page of kind `job-posting`): JSON-LD JobPosting or the ATS page's markup. */
export const JobPosting = z.object({
  title: z.optional(shortText),
  company: z.optional(shortText),
  location: z.optional(shortText),
  remote: z.optional(z.boolean()),
  employmentType: z.optional(shortText),
  postedAt: z.optional(isoDate),
  description: z.optional(paragraphText),
});
export type JobPosting = z.infer<typeof JobPosting>;

/** What the clipper hands back for one page: plain data, validated by the background before storage. */
export const PageExtraction = z.object({
  kind: PageKind,
  url: pageUrl,
  canonicalUrl: z.optional(httpUrl),
  title: lineText,
  siteName: z.optional(shortText),
  lang: z.optional(z.string().check(z.maxLength(35))),
  description: z.optional(paragraphText),
  image: z.optional(httpUrl),
  publishedAt: z.optional(isoDate),
  company: z.optional(CompanyExtraction),
  person: z.optional(PersonExtraction),
  people: z.optional(list(PersonMention)),
  article: z.optional(ArticleExtraction),
  jobs: z.optional(list(JobOpening)),
  job: z.optional(JobPosting),
  text: z.optional(longText),
  extractor: shortText,
  sources: z.record(z.string().check(z.maxLength(100)), SourceKind),
});
export type PageExtraction = z.infer<typeof PageExtraction>;
