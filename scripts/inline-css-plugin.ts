/**
 * Inlines the stylesheets of chosen pages into their HTML at build time. The popup's first paint
 * otherwise waits for its render-blocking stylesheets (docs/BENCHMARKS.md); inline, the static
 * header can paint as soon as the HTML is parsed. Extension CSP restricts scripts, not styles.
 * The CSS files stay in the build for the other pages that link them.
 */
import type { OutputAsset } from 'rollup';
import type { Plugin } from 'vite';

const STYLESHEET = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g;

export function inlineCssPlugin(pages: string[]): Plugin {
  return {
    name: 'limber-inline-css',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const page of pages) {
        const html = bundle[page] as OutputAsset | undefined;
        if (html?.type !== 'asset') this.error(`inline-css: ${page} is not in the build`);
        html.source = String(html.source).replace(STYLESHEET, (_link, file: string) => {
          const css = bundle[file];
          if (css?.type !== 'asset') this.error(`inline-css: ${file} (linked by ${page}) is not in the build`);
          return `<style>${String(css.source).replace(/<\/style/gi, '<\\/style')}</style>`;
        });
      }
    },
  };
}
