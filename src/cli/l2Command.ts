import type { Command } from 'commander';
import { assessL2 } from '../risk/l2/assessL2.ts';
import { readL2Design } from '../sources/files/readL2Design.ts';
import { writeJson, writeTable } from './output.ts';

/** `faultline l2 assess FILE`: a hypothetical system under L2BEAT's rules. */
export function registerL2(program: Command): void {
  const l2 = program.command('l2').description("Layer-2 risk under L2BEAT's framework (MODELS §4)");
  l2.command('assess <file>')
    .description(
      'evaluate a system described in a JSON file: exit window, DA, rosette, stage and what is unmet',
    )
    .option('--json', 'print the assessment as JSON')
    .action((file: string, o: { json?: boolean }) => {
      const a = assessL2(readL2Design(file));
      if (o.json) {
        writeJson({
          exitWindow: {
            seconds: a.exitWindow.seconds,
            value: a.exitWindow.value,
            sentiment: a.exitWindow.sentiment,
          },
          dataAvailability: a.dataAvailability,
          rosette: a.rosette,
          worst: a.worst,
          stage: a.stage,
          unmet: a.unmet,
        });
        return;
      }
      process.stdout.write(`${a.name ?? file}: ${a.stage ?? 'no stage'} (worst slice: ${a.worst})\n`);
      writeTable(
        ['slice', 'value', 'sentiment'],
        a.rosette.map((r) => [r.name, r.value, r.sentiment]),
        false,
      );
      for (const u of a.unmet) process.stdout.write(`unmet for ${u.stage}: ${u.requirement}\n`);
    });
}
