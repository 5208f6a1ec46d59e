import { describe, expect, it } from 'vitest';
import { sentenceCase } from '../lib/prep/headline';
import { onOwnSite } from '../lib/prep/news';
import { pointsInStory } from '../lib/prep/story-points';
import { announceClause, announcedIn, companyClause, plainSubject, sayable } from '../lib/prep/story-saying';
import { clips, company } from './helpers/prep-records';

const NOW = Date.UTC(2026, 0, 20);

describe('the company as news writes its subject', () => {
  it('reads a description before the name and an apposition after it as the plain subject', () => {
    expect(plainSubject('Furniture retail giant Larkspur announced a new supplier code with Delmar Mills.', 'Larkspur')).toBe(
      'Larkspur announced a new supplier code with Delmar Mills.',
    );
    expect(
      plainSubject('Two years later, Larkspur, the furniture chain that owns Delmar Mills, opened its first store in Oslo.', 'Larkspur'),
    ).toBe('Two years later, Larkspur opened its first store in Oslo.');
    // A phrase that is no description keeps the sentence as it is ("Shares of …", "When …").
    expect(plainSubject('Shares of Larkspur fell in early trading on Monday.', 'Larkspur')).toBe(
      'Shares of Larkspur fell in early trading on Monday.',
    );
    expect(plainSubject('When Larkspur opened in Oslo the street changed.', 'Larkspur')).toBe(
      'When Larkspur opened in Oslo the street changed.',
    );
    // A relative clause that names more than one thing is not cut into a wrong sentence.
    expect(plainSubject('Larkspur, which owns Delmar, Oakfield and Vane, is part of a larger group.', 'Larkspur')).toBe(
      'Larkspur, which owns Delmar, Oakfield and Vane, is part of a larger group.',
    );
  });

  it('says the deed of a described company, without the story’s own weekday', () => {
    expect(
      companyClause(
        'Furniture retail giant Larkspur announced a supplier agreement with Delmar Mills on Thursday.',
        ['Larkspur'],
        false,
        'Larkspur',
      ),
    ).toBe('Larkspur announced a supplier agreement with Delmar Mills');
  });
});

describe('a title-case headline said as a sentence', () => {
  it('keeps a name the text writes with capitals, and lowers a phrase the text also writes in small letters', () => {
    const body =
      '(Cross-posted on the Quillbase Open Source Blog)\nWe are excited to announce Pebblecode, a new open source codec for audio.';
    expect(sentenceCase('Announcing Pebblecode: A New Open Source Audio Codec', body)).toBe(
      'Announcing Pebblecode: a new open source audio codec',
    );
    expect(
      sentenceCase('Announcing Pebblecode: A New Open Source Audio Codec', 'Read about Pebblecode on the Quillbase Open Source Blog.'),
    ).toBe('Announcing Pebblecode: a new Open Source audio codec');
  });
});

describe('a clause short enough to say', () => {
  it('is never cut inside "print and digital books", only where a phrase starts', () => {
    expect(sayable('Larkspur announced a peaceful settlement with Delmar on pricing for print and digital books sold online')).toBe(
      'Larkspur announced a peaceful settlement with Delmar on pricing',
    );
  });
});

describe('the company’s own publication', () => {
  it('is a host that joins the company’s name to a word for a blog or a newsroom, and nothing looser', () => {
    expect(onOwnSite('https://research.quillbase.com/2026/01/x', [], ['Quillbase'])).toBe(true);
    expect(onOwnSite('https://research.quillbaseblog.com/2026/01/x', [], ['Quillbase'])).toBe(true);
    expect(onOwnSite('https://quillbasenewsroom.com/x', [], ['Quillbase'])).toBe(true);
    // Another word after the name is somebody else's site ("quillbasefans").
    expect(onOwnSite('https://quillbasefans.com/x', [], ['Quillbase'])).toBe(false);
  });

  it('reads the name a headline presents as new, never the company’s own', () => {
    expect(announcedIn('Announcing Pebblecode: A New Open Source Audio Codec', ['Quillbase'])).toBe('Pebblecode');
    expect(announcedIn('Introducing Quillbase', ['Quillbase'])).toBeUndefined();
    // A person is welcomed, never announced as a product.
    expect(announcedIn('Meet Dana Ruiz, our new CFO', ['Quillbase'])).toBeUndefined();
    expect(announcedIn('Pebblecode and the future of audio', ['Quillbase'])).toBeUndefined();
  });

  it('says the company’s first-person announcement from outside, only of a thing the post names', () => {
    expect(
      announceClause(
        'That’s why we’re excited to announce Pebblecode, a new open source codec that makes audio files 20% smaller.',
        ['Pebblecode'],
        'Quillbase',
      ),
    ).toBe('Quillbase announced Pebblecode, a new open source codec');
    expect(announceClause('We are happy to share Pebblecode with the world.', ['Other'], 'Quillbase')).toBeUndefined();
  });

  it('asks a post on a "Research Blog" of the company’s own host as theirs, in their words', () => {
    const clip = clips({ idPrefix: 'pb', publishedAt: '2025-12-10', siteName: 'Research Blog' });
    const post = clip(
      'article',
      'Announcing Pebblecode: A New Open Source Audio Codec',
      [
        'At Quillbase, we care about giving listeners the best possible experience on every device.',
        'That’s why we’re excited to announce Pebblecode, a new open source codec that makes audio files 20% smaller than current methods.',
        'From the practical side this is very similar to our Tidal algorithm, which produces smaller files without a new format, and unlike Wavelet or Ripple, which need player changes.',
        'We think this makes the slower encoding a worthy tradeoff.',
      ].join('\n'),
      { url: 'https://research.quillbaseblog.com/2025/12/announcing-pebblecode.html' },
    );
    const points = pointsInStory(post, { ...company('Quillbase'), domains: [] }, NOW);
    expect(points.map((p) => [p.own, p.clause ?? p.quote])).toEqual([
      [true, 'Quillbase announced Pebblecode, a new open source codec'],
      [true, 'We think this makes the slower encoding a worthy tradeoff.'],
    ]);
    // The same post on a news site named for itself is a story, not their post.
    const story = pointsInStory(
      { ...post, siteName: 'Audio Weekly', url: 'https://audioweekly.example/pebblecode' },
      { ...company('Quillbase'), domains: [] },
      NOW,
    );
    expect(story.every((p) => !p.own)).toBe(true);
  });
});
