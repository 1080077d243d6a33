import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Security headers, and rate limits that routes opt into with `config.rateLimit`. */
export const securityPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          // The counter tablet sends the card PIN to the card bridge on its own PC, never to us.
          connectSrc: ["'self'", ...app.config.cardBridgeOrigins],
          mediaSrc: ["'self'", 'blob:'],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      // Manage links carry their token in the fragment; no-referrer keeps the page URL to ourselves too.
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity: app.config.secureCookies,
    });
    app.addHook('onSend', async (_request, reply) => {
      // The kiosk reads reservation QR codes with its camera; nothing else needs hardware.
      reply.header('permissions-policy', 'camera=(self), microphone=(), geolocation=(), payment=()');
    });
    await app.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_request, context) => {
        const error = new Error(`Rate limit exceeded, retry in ${context.after}`) as Error & {
          statusCode: number;
        };
        error.statusCode = 429;
        return error;
      },
    });
  },
  { name: 'security', dependencies: ['context'] },
);
