import type { Command } from 'commander';
import { formatOption } from './options.ts';

/** `faultline da eigenda`: EigenDA's reconstruction, safety and liveness thresholds, and chunk assignment. */
export function registerDa(program: Command): void {
  const da = program.command('da').description('data-availability thresholds of erasure-coded DA services');
  da.command('eigenda')
    .description(
      'EigenDA (n = 3537, c = 8192, γ = 1/8): is a confirmation/adversary threshold pair safe, and who can break it',
    )
    .option('--confirmation <pct>', 'confirmation threshold, % of stake', '55')
    .option('--adversary <pct>', 'adversary threshold, % of stake', '33')
    .option(
      '--stakes <list>',
      'operator stakes (any unit), comma-separated: chunks and the smallest breaking sets',
    )
    .addOption(formatOption(['text', 'json']))
    .option('--json', 'same as --format json')
    .action(async ({ format, json, ...parameters }) => {
      const [{ eigenda }, { eigendaView }, { writeAnswer }] = await Promise.all([
        import('../app/eigenda.ts'),
        import('../report/views/eigendaView.ts'),
        import('./answer.ts'),
      ]);
      writeAnswer(await eigenda(parameters), json ? 'json' : format, eigendaView);
    });
}
