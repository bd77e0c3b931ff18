import type { FastifyInstance } from 'fastify';
import { adminRoutes } from './adminRoutes.ts';
import { claimsRoutes } from './claimsRoutes.ts';
import { daRoutes } from './daRoutes.ts';
import { lendingRoutes } from './lendingRoutes.ts';
import { marketReadRoutes } from './marketReadRoutes.ts';
import { marketRoutes } from './marketRoutes.ts';
import { protocolRoutes } from './protocolRoutes.ts';
import { qualityRoutes } from './qualityRoutes.ts';
import { reportRoutes } from './reportRoutes.ts';
import { restakingRoutes } from './restakingRoutes.ts';
import type { ServerContext } from './serverContext.ts';
import { sustainabilityRoutes } from './sustainabilityRoutes.ts';
import { systemRoutes } from './systemRoutes.ts';
import { tvlRoutes } from './tvlRoutes.ts';
import { yieldRoutes } from './yieldRoutes.ts';

/** Registers one area's routes on a server. */
export type Routes = (server: FastifyInstance, ctx: ServerContext) => void;

/**
 * Every area of the API, in the order they are registered: the server registers them, and each
 * computation thread registers them again on a collector to find the heavy routes' answers.
 */
export const API_ROUTES: readonly Routes[] = [
  tvlRoutes,
  protocolRoutes,
  marketRoutes,
  systemRoutes,
  qualityRoutes,
  reportRoutes,
  claimsRoutes,
  restakingRoutes,
  daRoutes,
  lendingRoutes,
  marketReadRoutes,
  sustainabilityRoutes,
  yieldRoutes,
  adminRoutes,
];
