import type { Command } from 'commander';
import { processPendingDeliveries } from '../../pipeline/process-pending-deliveries.ts';
import { requeueDeliveries } from '../../raw/webhook-deliveries.ts';
import { UserFacingError } from '../../user-facing-error.ts';
import { withCommandContext } from '../command-context.ts';

export function registerWebhooksCommand(program: Command): void {
  const webhooks = program.command('webhooks').description('stored GitHub webhook deliveries');
  webhooks
    .command('replay')
    .description('process stored deliveries again, from raw.webhook_deliveries (oldest first)')
    .option('--failed', 'only deliveries whose processing failed')
    .action(async (options: { failed?: boolean }, command: Command) => {
      await withCommandContext(command, async ({ db, logger, config }) => {
        const requeued = await requeueDeliveries(db.pool, { failedOnly: options.failed ?? false });
        const counts = await processPendingDeliveries(db, {
          delivery: config.delivery,
          onFailed: (failure) =>
            logger.error({ delivery: failure.deliveryId, err: failure.error }, 'delivery failed again'),
        });
        process.stdout.write(
          `${requeued} deliveries replayed: ${counts.processed} processed, ${counts.ignored} ignored, ${counts.failed} failed\n`,
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
