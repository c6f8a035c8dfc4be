/**
 * Turns the popup's module script into a classic boot script that imports it after the first paint.
 *
 * Chrome shows an extension popup only at its document's load event
 * (ExtensionPopup::DocumentOnLoadCompletedInPrimaryMainFrame), so whatever the page fetches and runs
 * before `load` comes before the first paint. Vite emits a page's app as a module script (plus
 * `modulepreload` links for its imports), which the load event waits for. This plugin takes that
 * script and those links out of the page and adds one small classic script at the end of the body
 * (`src/ui/popup/boot.ts`, built as a chunk of its own with no imports) that names the app in
 * `data-app` and its imports in `data-preload`; boot.ts imports the app once the page has painted.
 * Before `load` the page then fetches nothing but that one small file.
 */
import type { OutputAsset, OutputChunk } from 'rollup';
import type { Plugin } from 'vite';

const MODULE_SCRIPT = /[ \t]*<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>\n?/g;
const MODULE_PRELOAD = /[ \t]*<link rel="modulepreload"[^>]*\shref="([^"]+)"[^>]*>\n?/g;

/**
 * The page without its module script and module preloads, with the classic boot script at the end
 * of the body instead. Throws unless the page has exactly one module script (the app).
 */
export function bootInsteadOfModule(html: string, bootSrc: string): string {
  const apps = [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1] as string);
  if (apps.length !== 1) throw new Error(`expected one module script (the app), found ${apps.length}`);
  const preload = [...html.matchAll(MODULE_PRELOAD)].map((m) => m[1] as string);
  if (!html.includes('</body>')) throw new Error('no </body> to put the boot script before');
  const boot = `<script src="${bootSrc}" data-app="${apps[0]}" data-preload="${preload.join(' ')}"></script>`;
  return html.replace(MODULE_SCRIPT, '').replace(MODULE_PRELOAD, '').replace('</body>', `  ${boot}\n  </body>`);
}

export function popupBootPlugin(options: { page: string; boot: string; fileName: string }): Plugin {
  let bootRef = '';
  return {
    name: 'limber-popup-boot',
    apply: 'build',
    // After Vite has written the page's HTML (its own HTML plugin runs in the post phase too, first).
    enforce: 'post',
    buildStart() {
      bootRef = this.emitFile({ type: 'chunk', id: options.boot, fileName: options.fileName });
    },
    generateBundle(_options, bundle) {
      const html = bundle[options.page] as OutputAsset | undefined;
      if (html?.type !== 'asset') this.error(`popup-boot: ${options.page} is not in the build`);
      const boot = bundle[this.getFileName(bootRef)] as OutputChunk | undefined;
      if (boot?.type !== 'chunk') this.error(`popup-boot: ${options.boot} was not built`);
      // A classic script cannot import or export: the boot must stay a self-contained file.
      if (boot.imports.length > 0 || boot.exports.length > 0) {
        this.error(`popup-boot: ${options.boot} must have no static imports or exports (it runs as a classic script)`);
      }
      try {
        html.source = bootInsteadOfModule(String(html.source), `/${boot.fileName}`);
      } catch (error) {
        this.error(`popup-boot: ${options.page}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
