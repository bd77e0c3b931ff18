import type { Command, Option } from 'commander';

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function optionRow(o: Option): string {
  const fallback = o.defaultValue === undefined ? '' : ` (default: \`${String(o.defaultValue)}\`)`;
  const choices = o.argChoices ? `; one of ${o.argChoices.map((c) => `\`${c}\``).join(', ')}` : '';
  return `| \`${cell(o.flags)}\` | ${cell(o.description)}${choices}${fallback} |`;
}

function commandSection(command: Command, path: string[]): string[] {
  const name = [...path, command.name()].join(' ');
  const args = command.registeredArguments
    .map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`))
    .join(' ');
  const leaf = command.commands.length === 0;
  const out = [`## \`${name}${args ? ` ${args}` : ''}\``, '', command.description(), ''];
  if (leaf || command.options.length > 0) {
    const options = command.options.filter((o) => !o.hidden);
    if (options.length > 0) out.push('| option | meaning |', '| --- | --- |', ...options.map(optionRow), '');
  }
  for (const sub of command.commands) out.push(...commandSection(sub, [...path, command.name()]));
  return out;
}

/**
 * The CLI reference as Markdown, generated from the commander definitions themselves (docs/cli.md;
 * a test fails when the committed file is stale).
 */
export function cliReference(program: Command): string {
  const global = program.options.map(optionRow);
  return [
    '# `faultline` command reference',
    '',
    '<!-- Generated from the command definitions by `npm run docs`; do not edit by hand. -->',
    '',
    program.description(),
    '',
    'Global options (before the command):',
    '',
    '| option | meaning |',
    '| --- | --- |',
    ...global,
    '',
    ...program.commands.flatMap((c) => commandSection(c, ['faultline'])),
  ].join('\n');
}
