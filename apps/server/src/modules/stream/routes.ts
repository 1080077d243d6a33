import { StreamQuerySchema } from '@kakanai/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DomainError } from '../../domain-error.ts';
import { SESSION_COOKIE } from '../auth/guards.ts';
import type { CatalogService } from '../catalog/service.ts';
import type { QueueService } from '../queue/service.ts';
import type { VisitService } from '../visits/service.ts';

// WebSocket close codes in the private range, so clients can tell "don't retry" from a network drop.
const CLOSE_UNAUTHORIZED = 4401;
const CLOSE_FORBIDDEN = 4403;
const CLOSE_NOT_FOUND = 4404;

export const streamRoutes: FastifyPluginAsyncZod<{
  queue: QueueService;
  catalog: CatalogService;
  visits: VisitService;
}> = async (app, { queue, catalog, visits }) => {
  app.get(
    '/stream',
    {
      websocket: true,
      schema: {
        tags: ['stream'],
        summary:
          'Live events over WebSocket: public:OFFICE, office:OFFICE (staff), ticket:ID (its token) or window:ID (its counter tablet’s token)',
        querystring: StreamQuerySchema,
      },
    },
    (socket, request) => {
      const { channel, since, token } = request.query;
      const [scope, id] = channel.split(':') as ['public' | 'office' | 'ticket' | 'window', string];
      const now = () => app.clock.now();
      let officeId: string;
      let snapshot: () => unknown;

      if (scope === 'window') {
        const device = token ? app.auth.device(token, ['counter-tablet']) : undefined;
        if (!device) return socket.close(CLOSE_UNAUTHORIZED, 'unauthorized');
        if (device.windowId !== id) return socket.close(CLOSE_FORBIDDEN, 'forbidden');
        officeId = device.officeId;
        snapshot = () => visits.tabletState(device, now());
      } else if (scope === 'ticket') {
        const office = token ? queue.ticketOffice(id, token) : undefined;
        if (!office || !token) return socket.close(CLOSE_NOT_FOUND, 'ticket_not_found');
        officeId = office;
        snapshot = () => queue.ticket(id, token, now());
      } else {
        try {
          catalog.office(id);
        } catch {
          return socket.close(CLOSE_NOT_FOUND, 'office_not_found');
        }
        officeId = id;
        if (scope === 'office') {
          const session = request.cookies[SESSION_COOKIE];
          const staff = session ? app.auth.session(session, now()) : undefined;
          if (!staff) return socket.close(CLOSE_UNAUTHORIZED, 'unauthorized');
          if (staff.role !== 'admin' && !staff.officeIds.includes(id))
            return socket.close(CLOSE_FORBIDDEN, 'forbidden');
          snapshot = () => queue.snapshot(id, now());
        } else {
          snapshot = () => queue.publicStatus(id, now());
        }
      }

      const subscriber = {
        socket,
        officeId,
        scope,
        ...(scope === 'ticket' ? { ticketId: id } : {}),
        ...(scope === 'window' ? { windowId: id } : {}),
        seq: 0,
      };
      socket.on('close', () => app.stream.unsubscribe(subscriber));
      socket.on('error', () => app.stream.unsubscribe(subscriber));
      try {
        app.stream.subscribe(subscriber, since, snapshot);
      } catch (error) {
        if (!(error instanceof DomainError)) request.log.error({ err: error }, 'stream subscribe failed');
        socket.close(1011, 'internal_error');
      }
    },
  );
};
