import type { ComponentChildren } from 'preact';
import { safeHref } from '@/lib/ui/format';

/** A link to a page a clip came from: clickable only when it is http(s); otherwise plain text. */
export function ExternalLink({
  href,
  children,
  class: className,
}: {
  href: string | undefined;
  children: ComponentChildren;
  class?: string;
}) {
  const safe = safeHref(href);
  if (!safe) return <span class={className}>{children}</span>;
  return (
    <a class={className} href={safe} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
