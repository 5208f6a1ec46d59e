import { shortUrl } from './format';

const NETWORKS: Record<string, string> = {
  'facebook.com': 'Facebook',
  'instagram.com': 'Instagram',
  'youtube.com': 'YouTube',
  'x.com': 'X',
  'twitter.com': 'Twitter',
  'linkedin.com': 'LinkedIn',
  'pinterest.com': 'Pinterest',
  'tiktok.com': 'TikTok',
  'xing.com': 'XING',
  'github.com': 'GitHub',
};
/** Path words that name a kind of page, not the account: "youtube.com/channel/…", "linkedin.com/company/…". */
const PAGE_WORDS = new Set(['channel', 'c', 'user', 'company', 'companies', 'in', 'pages', 'pg', 'profile', 'school']);

/**
 * A company's account elsewhere as a person reads it: the network and the handle ("Instagram:
 * happycoffee_org"). A handle that is an opaque id ("UC1y4BvIeLkNnTLnjplEQaWQ", a YouTube channel
 * of fresh17-happycoffee, broken over two lines at 360 px) is left out: the network says enough.
 */
export function socialLabel(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return shortUrl(url);
  }
  const host = u.hostname.replace(/^(www|m|[a-z]{2})\./, '');
  const network = NETWORKS[host.replace(/\.[a-z.]+$/, '.com')];
  if (!network) return shortUrl(url);
  const parts = u.pathname.split('/').filter(Boolean);
  const handle = (PAGE_WORDS.has(parts[0]?.toLowerCase() ?? '') ? parts[1] : parts[0])?.replace(/^@/, '');
  const opaque =
    !handle || /^\d+$/.test(handle) || (handle.length >= 16 && /\d/.test(handle) && /[A-Z]/.test(handle) && /[a-z]/.test(handle));
  if (opaque) return network;
  try {
    return `${network}: ${decodeURIComponent(handle)}`;
  } catch {
    return `${network}: ${handle}`;
  }
}
