/** Keyboard shortcuts declared in the manifest's `commands`. */
import browser from './browser.ts';

export function onCommand(listener: (name: string) => void): void {
  browser.commands.onCommand.addListener((name: string) => listener(name));
}
