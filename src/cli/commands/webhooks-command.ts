import type { Command } from 'commander';
import { processWebhookDelivery } from '../../pipeline/process-webhook-delivery.ts';
import { listReplayableDeliveries } from '../../raw/webhook-deliveries.ts';
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
        const ids = await listReplayableDeliveries(db.pool, { failedOnly: options.failed ?? false });
        const counts = { processed: 0, ignored: 0, failed: 0 };
        for (const id of ids) {
          try {
            counts[await processWebhookDelivery(db, id)]++;
          } catch (error) {
            counts.failed++;
            logger.error({ delivery: id, err: (error as Error).message }, 'delivery failed again');
          }
        }
        process.stdout.write(
          `${ids.length} deliveries replayed: ${counts.processed} processed, ${counts.ignored} ignored, ${counts.failed} failed\n`,
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
