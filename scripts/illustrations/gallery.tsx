/**
 * A page for looking at the illustrations (scripts/illustration-sheet.ts builds and photographs it):
 * every stretch at several moments of its loop, then its still pose. Not part of the extension.
 *
 * Query: ?frames=0,0.25,0.5,0.75 (fractions of the loop) &only=id,id &size=220 (px per frame)
 * &thumb=72 (px of the thumbnail; 0 leaves it out).
 */
import { render } from 'preact';
import type { Drawing } from '../../src/ui/illustrations/Illustration.tsx';
import '../../src/ui/illustrations/illustrations.css';

const messages = import.meta.glob<{ default: Record<string, { message: string }> }>('../../locales/en/*.json', {
  eager: true,
});
const english: Record<string, string> = {};
for (const file of Object.values(messages)) {
  for (const [key, value] of Object.entries(file.default)) english[key] = value.message;
}
(globalThis as { chrome?: unknown }).chrome = { i18n: { getMessage: (key: string) => english[key] ?? '' } };

const drawings = import.meta.glob<{ default: Drawing }>('../../src/ui/illustrations/stretches/*.tsx', { eager: true });

const params = new URLSearchParams(location.search);
const frames = (params.get('frames') ?? '0,0.25,0.5,0.75').split(',').map(Number);
const only = params.get('only')?.split(',');
const size = Number(params.get('size') ?? 220);
const thumbSize = Number(params.get('thumb') ?? 72);
const entries = Object.entries(drawings)
  .map(([path, mod]) => [path.replace(/^.*\/(\w+)\.tsx$/, '$1'), mod.default] as const)
  .filter(([id]) => !only || only.includes(id));

const style = document.createElement('style');
style.textContent = `
  :root { color-scheme: light dark; --accent: #0b6e4f; font: 13px system-ui, sans-serif; }
  @media (prefers-color-scheme: dark) { :root { --accent: #4fd1a1; background: #15191d; color: #e6e9ec; } }
  body { margin: 12px; }
  .row { display: flex; gap: 8px; align-items: flex-start; margin-bottom: 10px; }
  .name { width: 150px; font-weight: 600; }
  .name small { display: block; font-weight: 400; opacity: .75; margin-top: 4px; }
  .cell { width: ${size}px; }
  .cell > div { width: ${size}px; aspect-ratio: 4 / 3; border: 1px solid #8884; border-radius: 6px; }
  .cell p, .thumb p { margin: 2px 0 0; text-align: center; opacity: .7; }
  .thumb > div { width: ${thumbSize}px; aspect-ratio: 4 / 3; border: 1px solid #8884; border-radius: 6px; }
`;
document.head.append(style);

function Row({ id, Drawing }: { id: string; Drawing: Drawing }) {
  return (
    <div class="row" data-id={id}>
      <div class="name">
        {id}
        <small>{english[`illus_${id}`] ?? '(no label)'}</small>
      </div>
      {frames.map((f) => (
        <div class="cell" key={f}>
          <div data-frame={f}>
            <Drawing />
          </div>
          <p>{Math.round(f * 100)}%</p>
        </div>
      ))}
      <div class="cell">
        <div>
          <Drawing still />
        </div>
        <p>still</p>
      </div>
      {thumbSize > 0 ? (
        <div class="thumb">
          <div>
            <Drawing still decorative />
          </div>
          <p>thumbnail</p>
        </div>
      ) : null}
    </div>
  );
}

render(
  <div class="gallery">
    {entries.map(([id, Drawing]) => (
      <Row key={id} id={id} Drawing={Drawing} />
    ))}
  </div>,
  document.getElementById('app') as HTMLElement,
);

// Stop each animated drawing at its frame's moment of the loop.
for (const holder of document.querySelectorAll<HTMLElement>('[data-frame]')) {
  const svg = holder.querySelector('svg');
  if (!svg) continue;
  const loop = Number(svg.dataset.loop ?? 0);
  svg.pauseAnimations();
  svg.setCurrentTime(Number(holder.dataset.frame) * loop);
}
document.body.dataset.ready = 'true';
