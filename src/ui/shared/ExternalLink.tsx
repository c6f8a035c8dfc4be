/**
 * A link that opens in a new tab when the person clicks it, and only then: Limber never fetches the
 * page itself. Screen readers hear that it opens a new tab; a public page's title keeps its own
 * language (`lang`), so a German screen reader reads an English title in English.
 */
import type { ComponentChildren } from 'preact';
import { t } from '../i18n.ts';
import './healthLinks.css';

interface ExternalLinkProps {
  href: string;
  /** Language of the linked page and of the link text, when it differs from the UI's. */
  lang?: string;
  children: ComponentChildren;
}

export function ExternalLink({ href, lang, children }: ExternalLinkProps) {
  return (
    <a
      class="lb-link"
      href={href}
      target="_blank"
      // noopener: the new tab cannot reach back into Limber's page; noreferrer: the site is not told where the click came from.
      rel="noopener noreferrer"
      {...(lang ? { lang, hreflang: lang } : {})}
    >
      {children}
      <span class="lb-link-mark" aria-hidden="true">
        {' ↗'}
      </span>
      <span class="lb-visually-hidden"> {t('health_link_newTab')}</span>
    </a>
  );
}
