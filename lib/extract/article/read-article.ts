import { withoutMarkup } from '../../text/markup';
import type { ArticleExtraction, CompanyExtraction, PersonMention, SourceKind } from '../../schema/page-extraction';
import { ADMIN_ACCOUNT, articleAuthors, agencyByline, visibleByline } from '../byline';
import { cleanLine } from '../clean';
import { prune } from '../../objects';
import { isType, type LdNode, objectsOf, ORGANIZATION_TYPES, PERSON_TYPES, scalar, textOf, typesOf, values } from '../json-ld';
import { firstMeta } from '../meta';
import type { Metadata } from '../metadata';
import { isPlatformHost } from '../platforms';
import { announcedInLead, boilerplate, japaneseOpening } from './press-release';
import { issuerReading } from './issuer-reading';
import { knownPublication, namedSite, publicationName, soundsLikePublication } from './publication';
import { parselyPageDate, publishedDate, realDate } from './published';
import { laterDate } from './later-date';
import { BLOG_HOST, squash, titleParts } from './site-title';
import type { Story } from './story';
import { copyrightHolder } from '../company-name';
import { appointedPeople } from '../appointments';
import { authorCards } from './author-cards';
import { lateByline, leadByline, personalBlogWriter } from './late-byline';
import { wholeHeading, withoutKicker } from './kicker';
import { logoName } from './logo-name';
import { storyListLines } from './paragraphs';
import { metaLineByline, microdataAuthor } from './marked-byline';
import { isSiteDesk } from './site-desk';
import type { StoryClues } from './subject-clues';
import {
  blogOwner,
  companyOwnedSite,
  namesItself,
  ownCompanyName,
  pathBlogOwner,
  sectionSpeaksOfOwner,
  spelledBlogOwner,
  staffBlogOwner,
  subdomainOwner,
} from './own-site';
import { ownerInLead } from './owner-in-lead';
import { ownReleaseIssuer, publisherActsInLead, spelledAcronym } from './own-newsroom';
import { aboutFromLd, articleDescription, keywordsOf, pageDatePublished, siteOrganization } from './article-ld';
import { creditedIssuer, leadIssuer, RELEASE_PATH, unquoted } from './release-issuer';
import { copyrightBrand, creditedInTitle, isPublisher, sameCompany, signedBySite, staffOf } from './site-credit';

export interface ArticleReading {
  article: ArticleExtraction;
  /** A press release's issuer. */
  company?: CompanyExtraction;
  /** The people a press release quotes. */
  people?: PersonMention[];
  sources: Record<string, SourceKind>;
  /** What the background reads the story's company and people from (lib/extract/article/story-facts.ts). */
  clues: StoryClues;
}

const NEWS_TYPES = /NewsArticle$|^Report$|LiveBlogPosting/;
const NEWSWIRES =
  /(^|\.)(prnewswire|businesswire|globenewswire|newswire|accesswire|einpresswire|presseportal|pressebox|openpr|ots|marketwired|prweb|newsfile|cision|jcnnewswire|prtimes|atpress|valuepress)\.[a-z.]+$/i;

/**
 * An article's facts: the headline the reader sees, the authors in its byline, its publication's
 * own date and name, its excerpt, the company it is about, and — for a press release — the
 * issuing company and the people it quotes.
 */
export function readArticle(doc: Document, url: URL, md: Metadata, node: LdNode | undefined, story: Story): ArticleReading {
  const { ld, meta } = md;
  const sources: Record<string, SourceKind> = {};
  const publisherNode = node ? objectsOf(ld, node, 'publisher')[0] : undefined;
  const ldPublisher = cleanLine(textOf(ld, publisherNode, 'name'));
  const publisherIsOrg = !!publisherNode && isType(publisherNode, ORGANIZATION_TYPES);
  const siteName = publicationName({
    hostname: url.hostname,
    ogSiteName: md.siteName,
    ldPublisher,
    siteOrganization: siteOrganization(md, url),
    appName: firstMeta(meta, 'application-name', 'apple-mobile-web-app-title'),
    title: doc.title || md.title,
    headline: story.headline?.el ? story.headline.text : undefined,
    description: firstMeta(meta, 'description', 'og:description'),
    copyright: copyrightHolder(doc),
    copyrightMeta: firstMeta(meta, 'copyright'),
  });
  // A template that fills og:site_name with the page's title ("Crocs: Wie die Schuhbrand … macht"
  // on omr.com) names no site: read as the publication's, it would hide the story's own company.
  const siteNames = [
    siteName,
    ...story.siteNames.map((n) => namedSite(n, doc.title || md.title, story.headline?.el ? story.headline.text : undefined, url.hostname)),
  ];
  const authorNodes = node ? values(ld, node, 'author') : [];
  const seen = visibleByline(doc, story.headline?.el, siteNames, url.hostname);
  let authors = articleAuthors({
    visible: seen.length ? seen : metaLineByline(story.headline?.el, siteNames, url.hostname),
    // An author typed Organization is the publication or an agency, never a byline; so is a
    // "Person" bearing the name of the Organization that publishes the article ("Les Echos"),
    // unless the page credits them by name ("– by Marta Bellini" on her newsletter).
    structured: (authorNodes.length ? authorNodes : microdataAuthor(doc, siteNames, url.hostname))
      .filter((a) => !(a && typeof a === 'object' && isType(a as LdNode, ORGANIZATION_TYPES)))
      // The CMS account that posted the story ("/author/admin/") is no one's byline.
      .filter(
        (a) =>
          !(
            a &&
            typeof a === 'object' &&
            [textOf(ld, a as LdNode, 'url'), (a as LdNode)['@id']].some((u) => typeof u === 'string' && ADMIN_ACCOUNT.test(u))
          ),
      )
      .filter(
        (a) => !(publisherIsOrg && ldPublisher && squash(scalar(a) ?? '') === squash(ldPublisher) && !creditedInTitle(doc, ldPublisher)),
      )
      .map((a) => ({
        name: scalar(a),
        person: !!a && typeof a === 'object' && (isType(a as LdNode, PERSON_TYPES) || !(a as LdNode)['@type']),
        typed: !!a && typeof a === 'object' && isType(a as LdNode, PERSON_TYPES),
      })),
    // `article:author` holds a name on some sites (Euronews), a profile address on others (filtered there).
    // `byl` (the New York Times' "By A and B"), Sailthru's and Dublin Core's author: other sites' author meta.
    metaAuthor: meta.get('author') ?? firstMeta(meta, 'article:author', 'byl', 'sailthru.author', 'dc.creator', 'parsely-author'),
    siteNames,
    hostname: url.hostname,
  });
  // "Konstantin Furrer" and "Deutsche Presse-Agentur", both JSON-LD authors: the page credits the
  // wire beside its reporter (20min.ch), as its byline shows; an agency alone is read below. (An
  // agency typed Organization is the publisher's mark of where the story came from, as above.)
  const coAgency = authors?.length
    ? agencyByline(authorNodes.filter((a) => !(a && typeof a === 'object' && isType(a as LdNode, ORGANIZATION_TYPES))).map(scalar))
    : undefined;
  if (authors && coAgency && !authors.includes(coAgency)) authors = [...authors, coAgency];
  const ldOrgAuthors = authorNodes.filter((a) => a && typeof a === 'object' && isType(a as LdNode, ORGANIZATION_TYPES)).map(scalar);
  // No byline near the headline, in JSON-LD or in the meta: the story's sign-off or the site's
  // analytics configuration may still name its writer.
  if (!authors?.length) {
    const late = leadByline(story.headline?.el, siteNames, url.hostname);
    if (late.length) {
      authors = late;
      sources['article.authors'] = 'dom';
    }
  }
  if (!authors?.length) {
    const late = lateByline(doc, story.paragraphs, siteNames, url.hostname, story.root);
    if (late.length) {
      authors = late;
      sources['article.authors'] = 'dom';
    }
  }
  if (!authors?.length) {
    const writer = personalBlogWriter([md.siteName, ...titleParts(doc.title ?? '')]);
    if (writer) {
      authors = [writer];
      sources['article.authors'] = 'meta';
    }
  }
  // "von auto-motor.at Redaktion … in Rubrik: Hyundai > Hyundai Tests": a breadcrumb trail set
  // in the byline's box names the story's sections, never its writer.
  if (authors?.length) authors = notCrumbs(doc, authors);
  // "David Straub, MDR THÜRINGEN": the broadcaster's desk beside its reporter is no author.
  if (authors && authors.length > 1) authors = authors.filter((n) => !isSiteDesk(n, siteNames));
  // No person signs the story: the news agency the page credits as its author is its byline.
  if (!authors?.length) {
    const agency = agencyByline([...ldOrgAuthors, ...authorNodes.map(scalar), meta.get('author')]);
    if (agency) authors = [agency];
  }
  const publishedAt =
    publishedDate({
      machine:
        realDate(textOf(ld, node, 'datePublished')) ??
        realDate(textOf(ld, node, 'dateCreated')) ??
        realDate(
          firstMeta(
            meta,
            'article:published_time',
            'datepublished',
            'parsely-pub-date',
            'dc.date',
            'date',
            'pubdate',
            'publishdate',
            // Adobe's Edge Delivery pages (sap.com/blogs): the story's date, beside a "published-time"
            // that is the page's last deployment.
            'published-date',
          ),
        ) ??
        realDate(parselyPageDate(meta)) ??
        realDate(pageDatePublished(md)),
      meta,
      visible: story.shownDate ?? story.dateline?.date ?? laterDate(story.headline?.el),
      url,
    }) ?? md.publishedAt;
  const excerpt = withoutMarkup(cleanLine(articleDescription(md, node), 2_000) ?? md.description);
  const title = story.headline
    ? withoutKicker(wholeHeading(story.headline.text, story.headline.el, [md.title]), story.headline.el, [
        md.title,
        doc.title,
        textOf(ld, node, 'headline'),
      ])
    : md.title;

  // Who the story is about, and whether it is a company's own release.
  const types = node ? typesOf(node) : [];
  const newsMedia = !!publisherNode && typesOf(publisherNode).includes('NewsMediaOrganization');
  const newsSite = types.some((t) => NEWS_TYPES.test(t)) || newsMedia;
  const siteCompany = ownCompanyName(siteName, ldPublisher, url);
  // A post on the blog subdomain of a company's domain, when the page writes the company's name.
  // (Only a post that names it: a guest post or a recipe on the blog is left to its own subject.)
  const blogName = BLOG_HOST.test(url.hostname)
    ? blogOwner(url, siteCompany, [siteName, doc.body?.textContent?.slice(0, 200_000)], [title, excerpt, ...story.paragraphs.slice(0, 80)])
    : (staffBlogOwner(url, siteName) ?? pathBlogOwner(url, siteCompany));
  // A release in the press folder of an organisation's own site that names the organisation.
  const ownRelease = ownReleaseIssuer(siteCompany, url.pathname, [title, excerpt, ...story.paragraphs.slice(0, 3)]);
  // An organisation's own news naming it in its headline or lead, on a site that is no news site.
  const ownerNamed = newsSite
    ? undefined
    : ownerInLead([siteCompany, ldPublisher], url.hostname, title, [excerpt, ...story.paragraphs.slice(0, 2)]);
  const own =
    // (Blog software types every post NewsArticle; a company's blog is still the company's, and
    // an association's CMS types its releases so.)
    (!newsSite || ((!!blogName || ownRelease) && !newsMedia)) &&
    !knownPublication(url.hostname) &&
    // "Yahoo! News", "BusinessWeek", news.example.com: a publication by its name or its address.
    !soundsLikePublication(siteName, url.hostname) &&
    !/^news\./i.test(url.hostname) &&
    !NEWSWIRES.test(url.hostname) &&
    // A platform's pages are its users' ("someone.substack.com"), except a section the platform
    // names after itself ("GitHub Resources" on resources.github.com).
    ((!isPlatformHost(url.hostname) &&
      (companyOwnedSite(doc, siteCompany, title, [excerpt, story.paragraphs[0], story.paragraphs[1]]) ||
        namesItself(siteCompany, url, [title, doc.title], story.paragraphs) ||
        ownRelease ||
        (publisherIsOrg &&
          !newsSite &&
          publisherActsInLead(siteCompany, ldPublisher, url.hostname, [excerpt, ...story.paragraphs.slice(0, 3)])) ||
        !!ownerNamed ||
        !!blogName)) ||
      sectionSpeaksOfOwner(siteName ?? ldPublisher, url, [title, excerpt, ...story.paragraphs.slice(0, 80)]));
  const ownName = own ? (blogName ?? (siteCompany && spelledAcronym(doc, siteCompany)) ?? ownerNamed ?? siteCompany) : undefined;
  // A company's own post signed by the company itself (JSON-LD author "GitHub", `<meta name=author
  // content="Beachbody">`, rel=author): the company is its author, as the page credits it.
  if (own && ownName && !authors?.length) {
    // (An author typed Organization is the publisher's mark, as above, not a byline.)
    const people = authorNodes.filter((a) => !(a && typeof a === 'object' && isType(a as LdNode, ORGANIZATION_TYPES)));
    const signed = [...people.map(scalar), meta.get('author'), doc.querySelector('a[rel="author"]')?.textContent ?? undefined]
      .map((n) => cleanLine(n))
      .find((n) => !!n && ((sameCompany(n, ownName) && squash(n).length === squash(ownName).length) || staffOf(n, ownName)));
    if (signed) authors = [signed];
  }
  // podnews.net/press-release/…, a trade site's "Press Releases" section: the address says the
  // page is a release carried as its issuer wrote it, whoever's site it is on.
  const releasePath = RELEASE_PATH.test(url.pathname);
  const wire = NEWSWIRES.test(url.hostname) || types.includes('PressRelease') || !!story.dateline?.release || releasePath;
  const found = boilerplate(story.root, [title, ...story.paragraphs.slice(0, 2)], story.paragraphs);
  // A release a news site carries whole: its lead has the company announce, and it closes on the
  // company's own introduction (both cues, and the headline or lead naming it, as boilerplate() asks).
  // On the owner's site an unheaded introduction must name the owner: "Here is a short list of what we built" is no boilerplate.
  // A publication's own box about itself under a story ("SiliconANGLE Media is a recognized
  // leader …" on siliconangle.com, the headline about Google Cloud) introduces no issuer.
  const publisherBox =
    !!found &&
    !own &&
    siteNames.some((n) => !!n && isPublisher(n, found.name)) &&
    !squash(title).includes(squash(found.name.split(/\s+/)[0]!));
  const about =
    found &&
    !publisherBox &&
    // The box about the story's author under it ("Lars Sobiraj fing im Jahr 2000 an …") is a byline's, no issuer's.
    !authors?.some((a) => squash(a) === squash(found.name)) &&
    (found.headed || (own && (!ownName || sameCompany(found.name, ownName))) || wire || announcedInLead(found.name, story.paragraphs))
      ? found
      : undefined;
  const ja = japaneseOpening(story.paragraphs);
  const issuer =
    about?.name ??
    ja?.name ??
    (wire ? creditedIssuer(story.paragraphs) : undefined) ??
    (story.dateline && ownName ? ownName : undefined) ??
    (wire && story.dateline ? leadIssuer(story.dateline.rest) : undefined) ??
    // No dateline: the release's summary or its first sentence opens with its issuer ("“Crime
    // Writers On” releases annual list …").
    (releasePath && !own
      ? (leadIssuer(unquoted(excerpt ?? '')) ?? leadIssuer(unquoted(story.paragraphs.find((p) => p.length > 60) ?? '')))
      : undefined);
  const pressRelease =
    !!issuer && (!!about || !!ja || wire || (!!story.dateline && own) || (own && !!ownName && sameCompany(issuer, ownName)));

  const ldAbout = aboutFromLd(md, node, title);
  // On a company's own site, a post or a release is the company speaking about itself.
  const given = ldAbout ?? (pressRelease ? issuer : undefined) ?? ownName;
  // The publisher is never the subject of its own stories: only a company's own post or release is about itself.
  const known = given && !own && !pressRelease && siteNames.some((n) => !!n && isPublisher(n, given)) ? undefined : given;
  if (ldAbout && known) sources['article.aboutCompany'] = 'json-ld';
  else if (known) sources['article.aboutCompany'] = 'prose';
  // Otherwise the story's text says which company it is about: read in the background
  // (lib/extract/article/story-facts.ts), from these clues.
  const rank = given
    ? undefined
    : {
        excerpt,
        exclude: [...siteNames, ...(authors ?? []), ...ldOrgAuthors] as Array<string | undefined>,
        keywords: keywordsOf(md, node),
        mentions: objectsOf(ld, node, 'mentions')
          .filter((n) => isType(n, ORGANIZATION_TYPES))
          .map((n) => textOf(ld, n, 'name'))
          .filter((n): n is string => !!n),
        favoured: issuer,
        lang: md.lang,
        path: url.pathname,
        // A post on a company's blog or section subdomain that names no company of its own ("Musik
        // und Sport" on blog.teufel.de, a customer story on profit.lindorff.fi) is the company's:
        // read only when the story's text puts no company forward.
        fallback:
          !newsMedia && !knownPublication(url.hostname) && !soundsLikePublication(siteName, url.hostname)
            ? (spelledBlogOwner(url, siteCompany, [siteName, title, doc.title]) ??
              subdomainOwner(siteName, url.hostname, [title, excerpt, ...story.paragraphs.slice(0, 80)]))
            : undefined,
      };

  const article = prune({
    title,
    authors,
    publishedAt,
    siteName:
      siteName ??
      (own ? copyrightBrand(doc) : undefined) ??
      // A blog under the company's own address that names no site ("Garnix Blog: …" as its title
      // only): the company, as its address names it.
      (own ? blogName : undefined) ??
      (pressRelease ? issuer : undefined) ??
      signedBySite(doc, url) ??
      logoName(doc, url),
    excerpt,
    aboutCompany: cleanLine(known),
  });
  // A company's own post or release announcing someone in a new role names them and the role.
  const appointed = own || pressRelease ? appointedPeople(story.paragraphs, title) : [];
  if (appointed.length) sources.people = 'prose';
  // A company's own post announcing an appointment is its announcement, as a release is: the
  // company speaking of itself, on its own site.
  const announcer = pressRelease ? issuer : own && ownName && appointed.length ? ownName : undefined;
  // The authors of the company's own report, in cards with their titles, are its people.
  const staff = own ? authorCards(doc, authors ?? []) : [];
  if (staff.length) sources.people ??= 'dom';
  const withStaff = (people: PersonMention[] = []) => {
    const all = [...people, ...staff.filter((s) => !people.some((p) => p.name === s.name))];
    return all.length ? all : undefined;
  };
  const clues: StoryClues = {
    title,
    paragraphs: story.paragraphs,
    // (Read here, in the article script: the clipper, which shares readStory, has no room for it.)
    listed: storyListLines(story.root),
    authors,
    known,
    rank: rank && { ...rank, exclude: rank.exclude.filter((n): n is string => !!n) },
    siteNames: siteNames.filter((n): n is string => !!n),
    own,
    announced: !!announcer,
  };
  if (!announcer) return { article, people: withStaff(appointed), sources, clues };
  const onIssuerSite = own && !!ownName && sameCompany(announcer, ownName);
  const read = issuerReading(announcer, doc, url, title, story, about, ja, own, onIssuerSite, appointed, sources);
  return { ...read, people: withStaff(read.people), article, sources, clues };
}

/** The names that are no item of the page's breadcrumb trail (schema.org BreadcrumbList, or a list classed so). */
function notCrumbs(doc: Document, names: string[]): string[] {
  const crumbs = new Set(
    Array.from(doc.querySelectorAll('[itemtype$="BreadcrumbList"] li, [class*="breadcrumb" i] li'), (li) => squash(li.textContent ?? '')),
  );
  return crumbs.size ? names.filter((n) => !crumbs.has(squash(n))) : names;
}
