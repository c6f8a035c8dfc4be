// Chrome's offscreen document for the daily maintenance: a service worker cannot start a worker of
// its own, so this hidden document starts the maintenance worker when the background asks.
import { MAINTENANCE_WORKER_FILE, onMaintenanceRequest } from '../../platform/maintenanceWorker.ts';
import { pageApi } from '../../platform/pageApi.ts';

onMaintenanceRequest(pageApi().runtime.getURL(MAINTENANCE_WORKER_FILE));
