import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POPUP_SIZE, SIZED_SCRIPTED_PAGE } from '../../bench/emptyExtension.ts';

// The bench compares the popup with an empty popup of the same size; a resized popup must move both.
describe("the bench's sized popup baseline", () => {
  it('has the size popup.css gives the popup', () => {
    const css = readFileSync(new URL('../../src/ui/popup/popup.css', import.meta.url), 'utf8');
    const rule = /html,\s*body\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule).toContain(`width: ${POPUP_SIZE.width}px;`);
    expect(rule).toContain(`height: ${POPUP_SIZE.height}px;`);
  });

  it('is the empty page at that size with one classic script', () => {
    expect(SIZED_SCRIPTED_PAGE).toContain(`width:${POPUP_SIZE.width}px;height:${POPUP_SIZE.height}px`);
    expect(SIZED_SCRIPTED_PAGE.match(/<script /g)).toHaveLength(1);
    expect(SIZED_SCRIPTED_PAGE).toContain('<p>Empty</p>');
  });
});
