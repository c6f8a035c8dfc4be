/** Opens Limber's options page (a tab, per options_ui.open_in_tab), focusing it if already open. */
import { pageApi } from './pageApi.ts';

export function openOptions(): Promise<void> {
  return pageApi().runtime.openOptionsPage();
}
