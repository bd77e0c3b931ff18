import type { Command } from 'commander';
import { formatOption } from './options.ts';

/** `faultline l2 [--chain X]`, `l2 compare A B`, `l2 exposure`, `l2 assess FILE`: L2 risk in one frame. */
export function registerL2(program: Command): void {
  const l2 = program
    .command('l2')
    .description(
      "Layer-2 and Bitcoin-layer risk: L2BEAT's framework on the registry, and the value behind it",
    );
  l2.command('list', { isDefault: true })
    .description('every Ethereum L2 of the registry beside L2BEAT, or one system in full with --chain')
    .option('--chain <system>', 'one system (id, chain or name), L2 or Bitcoin layer')
    .option('--as-of <day>', "the registry's facts as of this UTC day (default: the latest)")
    .addOption(formatOption())
    .action(async ({ chain, format, asOf }) => {
      const { ask } = await import('./ask.ts');
      const views = await import('../report/views/systemsViews.ts');
      if (chain !== undefined) {
        const { system } = await import('../app/system.ts');
        return ask(program, format, (app) => system(app, { id: chain, asOf }), views.systemDetailView);
      }
      const { l2Systems } = await import('../app/l2Systems.ts');
      return ask(program, format, (app) => l2Systems(app, { asOf }), views.l2SystemsView);
    });
  l2.command('compare <a> <b>')
    .description('two systems side by side (L2s or Bitcoin layers)')
    .option('--as-of <day>', "the registry's facts as of this UTC day (default: the latest)")
    .addOption(formatOption())
    .action(async (a: string, b: string, { format, asOf }) => {
      const [{ ask }, { l2Compare }, { l2CompareView }] = await Promise.all([
        import('./ask.ts'),
        import('../app/l2Compare.ts'),
        import('../report/views/systemsViews.ts'),
      ]);
      await ask(program, format, (app) => l2Compare(app, { a, b, asOf }), l2CompareView);
    });
  l2.command('exposure')
    .description('value-weighted risk: value behind each weakness, and the value each DA layer secures')
    .option('--as-of <day>', "the registry's facts as of this UTC day (default: the latest)")
    .addOption(formatOption())
    .action(async ({ format, asOf }) => {
      const [{ ask }, { l2Exposure }, { l2ExposureView }] = await Promise.all([
        import('./ask.ts'),
        import('../app/l2Exposure.ts'),
        import('../report/views/systemsViews.ts'),
      ]);
      await ask(program, format, (app) => l2Exposure(app, { asOf }), l2ExposureView);
    });
  l2.command('assess <file>')
    .description(
      'evaluate a system described in a JSON file: exit window, DA, rosette, stage and what is unmet',
    )
    .addOption(formatOption())
    .option('--json', 'same as --format json')
    .action(async (file: string, { format, json }) => {
      const [{ readJsonFile }, { l2Assess }, { l2AssessView }, { writeAnswer }, { z }] = await Promise.all([
        import('../sources/files/readJsonFile.ts'),
        import('../app/l2Assess.ts'),
        import('../report/views/systemsViews.ts'),
        import('./answer.ts'),
        import('zod'),
      ]);
      writeAnswer(
        await l2Assess(readJsonFile(file, z.unknown()), file),
        json ? 'json' : format,
        l2AssessView,
      );
    });
}
