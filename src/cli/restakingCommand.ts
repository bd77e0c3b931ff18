import { type Command, Option } from 'commander';
import { formatOption } from './options.ts';

/** The network a command reads: the file given as raw JSON (checked by the use case, naming the file), or none (the configured one). */
async function networkFile(file: string | undefined): Promise<{ network?: Record<string, unknown> }> {
  if (file === undefined) return {};
  const [{ readJsonFile }, { z }] = await Promise.all([
    import('../sources/files/readJsonFile.ts'),
    import('zod'),
  ]);
  return { network: readJsonFile(file, z.record(z.string(), z.unknown())) };
}

/** The solver budget: `--time-limit-seconds`, or the older `--time-limit`. */
const timeLimit = (o: { timeLimitSeconds?: string; timeLimit?: string }) => {
  const given = o.timeLimitSeconds ?? o.timeLimit;
  return given === undefined ? {} : { timeLimitSeconds: given };
};

/** `faultline restaking check|report|slash|babylon`: is a restaking network secure, and by how much. */
export function registerRestaking(program: Command): void {
  const restaking = program
    .command('restaking')
    .description('restaking security: slashable vs restaked, exact attack search, cascades, slashing');
  const budget = (c: Command) =>
    c
      .option('--time-limit-seconds <s>', 'solver seconds for each exact search (default 20, at most 60)')
      .addOption(new Option('--time-limit <s>', 'same as --time-limit-seconds').hideHelp());
  budget(
    restaking
      .command('check [file]')
      .description(
        'the sufficient condition, the exact check with its certificate, and the worst cascade (default: the configured network)',
      )
      .option('--psi <x>', 'shock: the worst loss of this fraction of all stake')
      .option('--shock <ids>', 'shock: these validators (or operators) lost, comma-separated'),
  )
    .addOption(formatOption())
    .option('--json', 'same as --format json')
    .action(async (file: string | undefined, { format, json, psi, shock, ...o }) => {
      const [{ withApp }, { writeAnswer }, { restakingCheck }, { restakingCheckView }] = await Promise.all([
        import('./withApp.ts'),
        import('./answer.ts'),
        import('../app/restakingCheck.ts'),
        import('../report/views/restakingViews.ts'),
      ]);
      const parameters = { ...(await networkFile(file)), psi, shock, ...timeLimit(o) };
      await withApp(program, async (app) =>
        writeAnswer(
          await restakingCheck(app, parameters, { ...(file ? { source: file } : {}), inWorker: false }),
          json ? 'json' : format,
          restakingCheckView,
        ),
      );
    });
  budget(
    restaking
      .command('report [file]')
      .description(
        'the human view of a network: verdicts, stake, concentration, overlap, liquidity, assumptions (default: the configured network)',
      ),
  )
    .addOption(formatOption())
    .action(async (file: string | undefined, { format, ...o }) => {
      const [{ withApp }, { writeAnswer }, { restakingCheck }, { restakingReportView }] = await Promise.all([
        import('./withApp.ts'),
        import('./answer.ts'),
        import('../app/restakingCheck.ts'),
        import('../report/views/restakingViews.ts'),
      ]);
      const parameters = { ...(await networkFile(file)), ...timeLimit(o) };
      await withApp(program, async (app) =>
        writeAnswer(
          await restakingCheck(app, parameters, { ...(file ? { source: file } : {}), inWorker: false }),
          format,
          restakingReportView,
        ),
      );
    });
  restaking
    .command('slash [file]')
    .description(
      "EigenLayer slashing accounting: one operator set slashes a fraction, every set's stake after (default: the configured network)",
    )
    .requiredOption('--operator <id>', 'the operator slashed')
    .requiredOption('--set <set>', 'the operator set that slashes: AVS or AVS:id')
    .requiredOption('--fraction <w>', 'the fraction of the allocation slashed, in (0, 1]')
    .addOption(formatOption())
    .option('--json', 'same as --format json')
    .action(async (file: string | undefined, { format, json, ...o }) => {
      const [{ withApp }, { writeAnswer }, { restakingSlash }, { restakingSlashView }] = await Promise.all([
        import('./withApp.ts'),
        import('./answer.ts'),
        import('../app/restakingSlash.ts'),
        import('../report/views/restakingViews.ts'),
      ]);
      const parameters = { ...(await networkFile(file)), ...o };
      await withApp(program, async (app) =>
        writeAnswer(await restakingSlash(app, parameters, file), json ? 'json' : format, restakingSlashView),
      );
    });
  restaking
    .command('babylon')
    .description(
      "Babylon's covenant quorum, slashing rate and stake at risk, unbonding wait and finality quorum",
    )
    .option('--as-of <day>', 'staked BTC and the BTC price up to this UTC day (default: the newest)')
    .addOption(formatOption(['text', 'json', 'md']))
    .option('--json', 'same as --format json')
    .action(async ({ format, json, ...parameters }) => {
      const [{ ask }, { restakingBabylon }, { restakingBabylonView }] = await Promise.all([
        import('./ask.ts'),
        import('../app/restakingBabylon.ts'),
        import('../report/views/restakingViews.ts'),
      ]);
      await ask(
        program,
        json ? 'json' : format,
        (app) => restakingBabylon(app, parameters),
        restakingBabylonView,
      );
    });
}
