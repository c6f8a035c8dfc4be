import { describe, expect, test } from 'vitest';
import source from '../../manifest.json' with { type: 'json' };
import { manifestFor, workerEntry } from '../../scripts/manifest-variants.ts';

describe('one manifest source, two variants', () => {
  test('Chrome keeps the service worker (the one-file build of its entry), offscreen and the managed-policy schema', () => {
    const chrome = manifestFor(source, 'chrome', '1.2.3');
    expect(chrome.version).toBe('1.2.3');
    expect(chrome.background).toEqual({ service_worker: 'background.js', type: 'module' });
    expect(workerEntry(source)).toBe('src/background/main.ts');
    expect(chrome.permissions).toContain('offscreen');
    expect(chrome.storage).toEqual({ managed_schema: 'managed_schema.json' });
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  test('Firefox gets an event page, a gecko id, the data declaration, and no Chrome-only keys', () => {
    const firefox = manifestFor(source, 'firefox', '1.2.3');
    expect(firefox.background).toEqual({ scripts: ['background.js'], type: 'module' });
    expect(firefox.browser_specific_settings.gecko).toEqual({
      id: 'limber@limber-extension.org',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(firefox.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
    expect(firefox.permissions).not.toContain('offscreen');
    expect(firefox.storage).toBeUndefined();
    expect(firefox.optional_permissions).toEqual(['tabs']);
  });

  test('the source manifest is not changed by deriving a variant', () => {
    const before = JSON.stringify(source);
    manifestFor(source, 'firefox', '9.9.9');
    expect(JSON.stringify(source)).toBe(before);
  });
});
