import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { asWritten, eventListAsSeen, type EventListDto } from '../../server/anonymise/as-seen';
import { installRedactionBoundary } from '../../server/anonymise/boundary';
import { buildRedactor } from '../../server/anonymise/redact';
import { EventListResponse } from '../../server/contract/events';

/** The boundary's two checks, on an app of one route: what a route must declare, and answer. */
const NAME = 'Quillfeather';
const redact = buildRedactor([{ label: 'Mother', names: [NAME] }]);
const PANEL_MAY_CALL = { kind: 'review', roles: ['reviewer', 'panel'], admin: false } as const;
const REVIEWERS_ONLY = { kind: 'review', roles: ['reviewer'], admin: false } as const;
const page: EventListDto = {
  total: 1,
  events: [
    {
      id: 'e1',
      agency: 'Police',
      agencyKind: 'police',
      submissionId: 's1',
      row: 2,
      date: {
        text: '1 May 2024',
        earliest: '2024-05-01',
        latest: '2024-05-01',
        precision: 'day',
        uncertain: false,
      },
      time: null,
      endDate: null,
      endTime: null,
      type: 'contact.visit',
      typeText: null,
      team: null,
      practitioner: null,
      subjects: [NAME],
      childSeen: null,
      seenAlone: null,
      description: `${NAME} was seen`,
      outcome: null,
      analysis: null,
      sourceRef: null,
    },
  ],
};

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function appWith(route: Partial<RouteOptions>): Promise<FastifyInstance> {
  app = Fastify();
  installRedactionBoundary(app);
  app.route({
    method: 'GET',
    url: '/api/x',
    schema: { response: { 200: EventListResponse } },
    handler: async () => page,
    ...route,
  } as RouteOptions);
  await app.ready();
  return app;
}

describe('when a route is added', () => {
  it('one answering with events must declare its shape', async () => {
    await expect(appWith({ config: { access: PANEL_MAY_CALL } })).rejects.toThrow(
      'GET /api/x answers with an event: add config.asSeen',
    );
  });

  it('one the panel may call cannot answer as written', async () => {
    await expect(
      appWith({ config: { access: PANEL_MAY_CALL, asSeen: 'as-written' } }),
    ).rejects.toThrow('may be called by the panel');
  });

  it('one only reviewers call may answer as written', async () => {
    const ok = await appWith({
      config: { access: REVIEWERS_ONLY, asSeen: 'as-written' },
      handler: async () => asWritten(page),
    });
    const res = await ok.inject({ url: '/api/x' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(NAME);
  });
});

describe('when a route answers', () => {
  it('through its declared function, the reader gets labels', async () => {
    const ok = await appWith({
      config: { access: PANEL_MAY_CALL, asSeen: 'eventList' },
      handler: async () => eventListAsSeen(page, { redact }),
    });
    const res = await ok.inject({ url: '/api/x' });
    expect(res.statusCode).toBe(200);
    expect(res.json().events[0].description).toBe('Mother was seen');
    expect(res.body).not.toContain(NAME);
  });

  it('without it, the request fails and the text is not sent', async () => {
    const bad = await appWith({ config: { access: PANEL_MAY_CALL, asSeen: 'eventList' } });
    const res = await bad.inject({ url: '/api/x' });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain(NAME);
  });

  it('through another shape’s function, the request fails too', async () => {
    const bad = await appWith({
      config: { access: REVIEWERS_ONLY, asSeen: 'eventList' },
      handler: async () => asWritten(page),
    });
    const res = await bad.inject({ url: '/api/x' });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain(NAME);
  });
});
