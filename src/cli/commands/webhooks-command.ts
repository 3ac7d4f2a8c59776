import type { Command } from 'commander';
import { processWebhookDelivery } from '../../pipeline/process-webhook-delivery.ts';
import { UserFacingError } from '../../user-facing-error.ts';
import { type GlobalOptions, withCommandContext } from '../command-context.ts';

export function registerWebhooksCommand(program: Command): void {
  const webhooks = program.command('webhooks').description('stored GitHub webhook deliveries');
  webhooks
    .command('replay')
    .description('process stored deliveries again, from raw.webhook_deliveries (oldest first)')
    .option('--failed', 'only deliveries whose processing failed')
    .action(async (options: { failed?: boolean }, command: Command) => {
      await withCommandContext(command.optsWithGlobals<GlobalOptions>(), async ({ db, logger }) => {
        const { rows } = await db.pool.query<{ delivery_id: string }>(
          `SELECT delivery_id FROM raw.webhook_deliveries
           WHERE status <> 'ignored' AND ($1::boolean IS NOT TRUE OR status = 'failed')
           ORDER BY received_at, id`,
          [options.failed ?? false],
        );
        const counts = { processed: 0, ignored: 0, failed: 0 };
        for (const { delivery_id: id } of rows) {
          try {
            counts[await processWebhookDelivery(db, id)]++;
          } catch (error) {
            counts.failed++;
            logger.error({ delivery: id, err: (error as Error).message }, 'delivery failed again');
          }
        }
        process.stdout.write(
          `${rows.length} deliveries replayed: ${counts.processed} processed, ${counts.ignored} ignored, ${counts.failed} failed\n`,
        );
        if (counts.failed > 0) {
          throw new UserFacingError(
            `${counts.failed} deliveries failed again; they stay in raw.webhook_deliveries with their error.`,
            'Read the errors above, fix the cause, then run `gitpulse webhooks replay --failed`.',
          );
        }
      });
    });
}
