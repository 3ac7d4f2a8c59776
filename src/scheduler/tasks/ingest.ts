import { runIngest } from '../../pipeline/run-ingest.ts';
import type { JobTask } from '../job-task.ts';
import { deliverAlerts } from './deliver-alerts.ts';
import { wordInsights } from './word-insights.ts';

/**
 * One pipeline run for today (offline: the replay's day), on the config's
 * schedule; then the wording of new insights and the alerts it raised.
 */
export const ingest: JobTask = {
  name: 'ingest',
  cron: (config) => (config.schedule.enabled ? config.schedule.cron : undefined),
  async run({ db, config, logger, spoolDir, connectGitHub, requestRun }) {
    const github = await connectGitHub();
    try {
      await runIngest({ db, config, logger, github, date: github.today, spoolDir });
      await requestRun(wordInsights.name);
    } finally {
      await github.close();
      // A committed run may have raised star alerts, a failed one run_failed.
      await requestRun(deliverAlerts.name);
    }
  },
};
