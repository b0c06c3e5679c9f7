import type { ComponentPropsWithoutRef, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Markdown, { type Components } from 'react-markdown';
import rehypeSlug from 'rehype-slug';
import styles from './guide.module.css';
import { HEADING_PREFIX, jumpToHeading, safeUrl } from './safe-url';

/**
 * Markdown from a connector's README (server text) or from Torii's own guides. Raw HTML is dropped
 * (no rehype-raw, `skipHtml`), URLs go through `safeUrl`, external links open in a new tab without
 * access to this page, and headings get anchors.
 */
function Link({ href = '', children, node: _node, ...rest }: ComponentPropsWithoutRef<'a'> & { node?: unknown }) {
  const { t } = useTranslation('connectors');
  if (!href) return <span>{children}</span>;
  if (href.startsWith('#')) {
    const target = href.startsWith(`#${HEADING_PREFIX}`) ? href : `#${HEADING_PREFIX}${href.slice(1)}`;
    const onClick = (event: MouseEvent) => {
      event.preventDefault();
      jumpToHeading(target);
    };
    return (
      <a {...rest} href={target} onClick={onClick}>
        {children}
      </a>
    );
  }
  return (
    <a {...rest} href={href} target="_blank" rel="noopener noreferrer">
      {children}{' '}
      <span className="visually-hidden">{t('guide.opens_new_tab')}</span>
    </a>
  );
}

function heading(Tag: 'h3' | 'h4' | 'h5') {
  return function Heading({ id, children, node: _node, ...rest }: ComponentPropsWithoutRef<'h3'> & { node?: unknown }) {
    const { t } = useTranslation('connectors');
    return (
      <Tag {...rest} id={id} tabIndex={-1} className={styles.heading}>
        {children}
        {id && (
          <a
            href={`#${id}`}
            className={styles.anchor}
            aria-label={t('guide.anchor')}
            onClick={(event) => {
              event.preventDefault();
              jumpToHeading(`#${id}`);
            }}
          >
            {'#'}
          </a>
        )}
      </Tag>
    );
  };
}

function Image({ src, alt, node: _node, ...rest }: ComponentPropsWithoutRef<'img'> & { node?: unknown }) {
  if (typeof src !== 'string' || !src) return null;
  return <img {...rest} src={src} alt={alt ?? ''} loading="lazy" referrerPolicy="no-referrer" className={styles.image} />;
}

// A long command scrolls sideways: focusable so keyboard users can scroll it too.
function Pre({ node: _node, ...rest }: ComponentPropsWithoutRef<'pre'> & { node?: unknown }) {
  return <pre {...rest} tabIndex={0} />;
}

// README headings sit under the page's own h1 and the guide's h2.
const components: Components = {
  a: Link,
  pre: Pre,
  h1: heading('h3'),
  h2: heading('h4'),
  h3: heading('h5'),
  h4: heading('h5'),
  h5: heading('h5'),
  h6: heading('h5'),
  img: Image,
};

export function SafeMarkdown({ children }: { children: string }) {
  return (
    <div className={styles.markdown}>
      <Markdown skipHtml urlTransform={safeUrl} rehypePlugins={[[rehypeSlug, { prefix: HEADING_PREFIX }]]} components={components}>
        {children}
      </Markdown>
    </div>
  );
}
