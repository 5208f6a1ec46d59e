import type { PersonExtraction } from '../schema/page-extraction';
import { cleanLine, cleanList } from './clean';
import { prune } from '../objects';
import { type Entity, str, typeIs, ymd } from './linkedin-json';

/**
 * The profile in the API JSON of a signed-in page: only the entities of the profile whose
 * `publicIdentifier` the URL names (an in-app navigation leaves the previous profile's blocks).
 */
export function jsonProfile(entities: Entity[], publicId: string): PersonExtraction | undefined {
  const profile = entities.find((e) => typeIs(e, /Profile$/) && str(e, 'publicIdentifier')?.toLowerCase() === publicId.toLowerCase());
  if (!profile) return undefined;
  const urn = str(profile, 'entityUrn') ?? '';
  const key = /urn:li:fsd_profile:([^,)]+)/.exec(urn)?.[1] ?? urn;
  const mine = (e: Entity) => !!key && ((str(e, 'entityUrn') ?? '').includes(`(${key},`) || str(e, 'profileUrn') === urn);
  const positions = entities.filter((e) => typeIs(e, /\.Position$/) && mine(e));
  const educations = entities.filter((e) => typeIs(e, /\.Education$/) && mine(e));
  const skills = entities.filter((e) => typeIs(e, /\.Skill$/) && mine(e));
  const geo = profile.geoLocation as { geo?: { defaultLocalizedName?: string } } | undefined;
  const name = cleanLine([str(profile, 'firstName'), str(profile, 'lastName')].filter(Boolean).join(' '));
  const range = (e: Entity) => e.dateRange as { start?: unknown; end?: unknown } | undefined;
  return prune({
    name,
    headline: cleanLine(str(profile, 'headline'), 2_000),
    location: cleanLine(str(profile, 'locationName') ?? geo?.geo?.defaultLocalizedName ?? str(profile, 'geoLocationName')),
    about: cleanLine(str(profile, 'summary'), 10_000),
    experience: sortByStart(
      positions.map((p) =>
        prune({
          title: cleanLine(str(p, 'title')),
          company: cleanLine(str(p, 'companyName')),
          start: ymd(range(p)?.start),
          end: ymd(range(p)?.end),
          location: cleanLine(str(p, 'locationName')),
          description: cleanLine(str(p, 'description'), 5_000),
        }),
      ),
    ),
    education: sortByStart(
      educations.map((e) =>
        prune({
          school: cleanLine(str(e, 'schoolName')),
          degree: cleanLine(str(e, 'degreeName')),
          field: cleanLine(str(e, 'fieldOfStudy')),
          start: ymd(range(e)?.start),
          end: ymd(range(e)?.end),
        }),
      ),
    ),
    skills: cleanList(
      skills.map((s) => str(s, 'name')),
      100,
    ),
  });
}

/** Current first, then the most recent start: the order LinkedIn shows. */
function sortByStart<T extends { start?: string; end?: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => Number(!!a.end) - Number(!!b.end) || (b.start ?? '').localeCompare(a.start ?? ''));
}
