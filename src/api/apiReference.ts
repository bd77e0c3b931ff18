type Parameter = {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: { type?: string; enum?: unknown[]; default?: unknown };
};
type Operation = {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: unknown;
};
type OpenApi = {
  info: { title: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
};

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function parameterRow(p: Parameter): string {
  const type = p.schema?.enum
    ? p.schema.enum.map((v) => `\`${String(v)}\``).join(' \\| ')
    : (p.schema?.type ?? '');
  const fallback = p.schema?.default === undefined ? '' : ` (default \`${String(p.schema.default)}\`)`;
  return `| \`${p.name}\` | ${p.in}${p.required ? ', required' : ''} | ${type} | ${cell(p.description ?? '')}${fallback} |`;
}

/**
 * The API reference as Markdown, generated from the server's OpenAPI document (itself generated from
 * the questions' zod schemas): docs/api.md. A test fails when the committed file is stale.
 */
export function apiReference(doc: OpenApi): string {
  const out = [
    `# ${doc.info.title} reference`,
    '',
    '<!-- Generated from the OpenAPI document by `npm run docs`; do not edit by hand. -->',
    '',
    doc.info.description ?? '',
    '',
    'Every answer is a versioned document (`schema: faultline.<name>/vN`) with `asOf`, `dataThrough`, `coverage` and `sources`; its full JSON schema is in the OpenAPI document (`/api/openapi.json`).',
    '',
  ];
  for (const [path, methods] of Object.entries(doc.paths).sort(([a], [b]) => a.localeCompare(b))) {
    for (const [method, op] of Object.entries(methods)) {
      out.push(`## \`${method.toUpperCase()} ${path}\``, '', op.summary ?? '', '');
      if (op.description) out.push(op.description, '');
      const parameters = op.parameters ?? [];
      if (parameters.length > 0)
        out.push(
          '| parameter | in | type | meaning |',
          '| --- | --- | --- | --- |',
          ...parameters.map(parameterRow),
          '',
        );
      if (op.requestBody) out.push('Body: JSON, as the OpenAPI document describes.', '');
    }
  }
  return out.join('\n');
}
