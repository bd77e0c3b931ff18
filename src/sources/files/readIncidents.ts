import { z } from 'zod';
import { type Day, lastDayOfMonth, type Month, parseDay } from '../../core/day.ts';
import { readJsonFile } from './readJsonFile.ts';

/** A known incident (an exploit, an oracle stopping, a shutdown notice) on a protocol, with its source. */
export type Incident = { protocol: string; day: Day; kind: string; summary: string; source: string };

const IncidentsFile = z.strictObject({
  note: z.string().optional(),
  incidents: z.array(
    z
      .strictObject({
        protocol: z.string().min(1),
        day: z
          .string()
          .refine((d) => parseDay(d) !== undefined, 'not a day (YYYY-MM-DD)')
          .optional(),
        month: z
          .string()
          .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'not a month (YYYY-MM)')
          .optional(),
        kind: z.enum(['exploit', 'oracle', 'shutdown', 'depeg', 'governance']),
        summary: z.string().min(1),
        source: z.string().min(1),
      })
      .refine((i) => (i.day === undefined) !== (i.month === undefined), 'give a day or a month, not both'),
  ),
});

/**
 * Reads the known-incidents file (`registry/incidents/incidents.json`). An incident dated by month
 * counts from the month's last day, so a score on an earlier day cannot see it.
 */
export function readIncidents(file: string): Incident[] {
  return readJsonFile(file, IncidentsFile).incidents.map((i) => ({
    protocol: i.protocol,
    day: (i.day as Day | undefined) ?? lastDayOfMonth(i.month as Month),
    kind: i.kind,
    summary: i.summary,
    source: i.source,
  }));
}
