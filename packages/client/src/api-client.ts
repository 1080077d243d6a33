import {
  type ApplicationExportBody,
  AvailabilityResponseSchema,
  type CardResultBody,
  type CreateReservationBody,
  CurrentVisitResponseSchema,
  DeviceResponseSchema,
  type DraftBody,
  DraftCreatedSchema,
  DraftResponseSchema,
  type FlagBody,
  type ForecastQuery,
  ForecastResponseSchema,
  HealthResponseSchema,
  LifeEventsResponseSchema,
  type LoginBody,
  OfficesResponseSchema,
  type OpenVisitBody,
  PostalLookupResponseSchema,
  ProblemSchema,
  ProcedureStatsResponseSchema,
  ProceduresResponseSchema,
  PublicStatusSchema,
  QueueSnapshotSchema,
  ReservationCreatedSchema,
  ReservationDetailSchema,
  ServicesResponseSchema,
  SessionResponseSchema,
  type SignBody,
  type StaffCancelBody,
  StaffDayResponseSchema,
  type StaffingQuery,
  StaffingResponseSchema,
  StaffReservationSchema,
  type StatsExportQuery,
  type StatsQuery,
  SummaryResponseSchema,
  TabletStateSchema,
  TicketIssuedSchema,
  TicketViewSchema,
  type UpdateVisitBody,
  VisitListResponseSchema,
  VisitResponseSchema,
  WindowRefSchema,
  WindowStatusBodySchema,
} from '@kakanai/contracts';
import { z } from 'zod';
import { ApiError } from './api-error.ts';

export interface ApiClientOptions {
  /** Where the API lives; '' for the same origin. */
  baseUrl?: string;
  fetch?: typeof fetch;
}

interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  schema: z.ZodType<T>;
}

const NoContentSchema = z.undefined();

/**
 * The typed client every front end uses. Responses are parsed with the contracts' schemas, so a
 * server that drifts from its contract fails loudly here instead of deep in a screen.
 */
export function createApiClient(options: ApiClientOptions = {}) {
  const baseUrl = `${options.baseUrl ?? ''}/api/v1`;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  let csrfToken: string | undefined;
  let deviceToken: string | undefined;
  const deviceHeader = (): Record<string, string> =>
    deviceToken ? { authorization: `Bearer ${deviceToken}` } : {};

  /** Sends the request with the device token and CSRF header; a failed answer throws its problem. */
  async function send(
    path: string,
    { method = 'GET', body, headers = {} }: Omit<RequestOptions<unknown>, 'schema'>,
  ): Promise<Response> {
    const allHeaders: Record<string, string> = { accept: 'application/json', ...deviceHeader(), ...headers };
    if (body !== undefined) allHeaders['content-type'] = 'application/json';
    if (method !== 'GET' && csrfToken) allHeaders['x-csrf-token'] = csrfToken;
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method,
        headers: allHeaders,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
      });
    } catch {
      throw new ApiError(0, 'network_error');
    }
    if (!response.ok) await throwProblem(response);
    return response;
  }

  async function request<T>(path: string, { schema, ...options }: RequestOptions<T>): Promise<T> {
    const response = await send(path, options);
    if (response.status === 204) return schema.parse(undefined);
    return schema.parse(await response.json());
  }

  /** A file answer (PDF, CSV) as a Blob: fetched, not linked, so tokens and CSRF go in headers. */
  async function download(path: string, options: Omit<RequestOptions<unknown>, 'schema'>): Promise<Blob> {
    return (await send(path, options)).blob();
  }

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const enc = encodeURIComponent;

  return {
    health: () => request('/health', { schema: HealthResponseSchema }),

    listOffices: () => request('/offices', { schema: OfficesResponseSchema }),
    listServices: (officeId: string) =>
      request(`/offices/${enc(officeId)}/services`, { schema: ServicesResponseSchema }),
    availability: (officeId: string, query: { serviceId: string; from: string; to: string }) =>
      request(`/offices/${enc(officeId)}/availability?${new URLSearchParams(query)}`, {
        schema: AvailabilityResponseSchema,
      }),

    createReservation: (body: CreateReservationBody, idempotencyKey: string) =>
      request('/reservations', {
        method: 'POST',
        body,
        headers: { 'idempotency-key': idempotencyKey },
        schema: ReservationCreatedSchema,
      }),
    getReservation: (code: string, token: string) =>
      request(`/reservations/${enc(code)}`, { headers: bearer(token), schema: ReservationDetailSchema }),
    cancelReservation: (code: string, token: string) =>
      request(`/reservations/${enc(code)}/cancel`, {
        method: 'POST',
        headers: bearer(token),
        schema: ReservationDetailSchema,
      }),
    rescheduleReservation: (code: string, token: string, start: string) =>
      request(`/reservations/${enc(code)}/reschedule`, {
        method: 'POST',
        body: { start },
        headers: bearer(token),
        schema: ReservationDetailSchema,
      }),
    /** A link, not a fetch: browsers download it and calendar apps can open it. */
    calendarUrl: (code: string, token: string) =>
      `${baseUrl}/reservations/${enc(code)}/calendar.ics?${new URLSearchParams({ token })}`,

    async login(body: LoginBody) {
      const session = await request('/auth/login', { method: 'POST', body, schema: SessionResponseSchema });
      csrfToken = session.csrfToken;
      return session;
    },
    async me() {
      const session = await request('/auth/me', { schema: SessionResponseSchema });
      csrfToken = session.csrfToken;
      return session;
    },
    async logout() {
      await request('/auth/logout', { method: 'POST', schema: NoContentSchema });
      csrfToken = undefined;
    },

    /** Kiosks authenticate every request with their enrolment token. */
    useDeviceToken(token: string | undefined) {
      deviceToken = token;
    },

    /** Which office and kind the device token in use belongs to. */
    device: () => request('/devices/me', { schema: DeviceResponseSchema }),

    takeTicket: (officeId: string, serviceId: string, lang: 'ja' | 'en') =>
      request(`/offices/${enc(officeId)}/tickets`, {
        method: 'POST',
        body: { serviceId, lang },
        schema: TicketIssuedSchema,
      }),
    checkIn: (officeId: string, reservationCode: string, lang?: 'ja' | 'en') =>
      request(`/offices/${enc(officeId)}/check-ins`, {
        method: 'POST',
        body: { reservationCode, ...(lang ? { lang } : {}) },
        schema: TicketIssuedSchema,
      }),
    ticket: (ticketId: string, token: string) =>
      request(`/tickets/${enc(ticketId)}?${new URLSearchParams({ token })}`, { schema: TicketViewSchema }),
    publicStatus: (officeId: string) =>
      request(`/offices/${enc(officeId)}/public-status`, { schema: PublicStatusSchema }),
    queue: (officeId: string) => request(`/offices/${enc(officeId)}/queue`, { schema: QueueSnapshotSchema }),
    /** Calls the next ticket for the window; undefined when nobody is waiting. */
    callNext: (windowId: string) =>
      request(`/windows/${enc(windowId)}/call-next`, { method: 'POST', schema: TicketViewSchema.optional() }),
    setWindowStatus: (windowId: string, status: 'open' | 'paused' | 'closed') =>
      request(`/windows/${enc(windowId)}/status`, {
        method: 'POST',
        body: { status },
        schema: WindowRefSchema.extend(WindowStatusBodySchema.shape),
      }),
    ticketAction: (ticketId: string, action: 'recall' | 'start' | 'complete' | 'no-show') =>
      request(`/tickets/${enc(ticketId)}/${action}`, { method: 'POST', schema: TicketViewSchema }),
    transfer: (ticketId: string, serviceId: string) =>
      request(`/tickets/${enc(ticketId)}/transfer`, {
        method: 'POST',
        body: { serviceId },
        schema: TicketViewSchema,
      }),

    listProcedures: () => request('/procedures', { schema: ProceduresResponseSchema }),
    listLifeEvents: () => request('/life-events', { schema: LifeEventsResponseSchema }),
    lookupPostalCode: (postalCode: string) =>
      request(`/postal-codes/${enc(postalCode)}`, { schema: PostalLookupResponseSchema }),
    createDraft: (body: DraftBody) =>
      request('/drafts', { method: 'POST', body, schema: DraftCreatedSchema }),
    getDraft: (code: string, token: string) =>
      request(`/drafts/${enc(code)}`, { headers: bearer(token), schema: DraftResponseSchema }),
    updateDraft: (code: string, token: string, body: DraftBody) =>
      request(`/drafts/${enc(code)}`, {
        method: 'PUT',
        body,
        headers: bearer(token),
        schema: DraftResponseSchema,
      }),
    attachDraftToReservation: (code: string, token: string, reservationCode: string, manageToken: string) =>
      request(`/drafts/${enc(code)}/reservation`, {
        method: 'POST',
        body: { reservationCode, manageToken },
        headers: bearer(token),
        schema: DraftResponseSchema,
      }),
    /** The draft's application forms as a PDF; fetched, not linked, because the token goes in a header. */
    draftPdf: (code: string, token: string) =>
      download(`/drafts/${enc(code)}/application.pdf`, { headers: bearer(token) }),

    /** Staff open the visit of the ticket at their window (loading a draft or reservation), or a fresh one. */
    openVisit: (windowId: string, body: OpenVisitBody) =>
      request(`/windows/${enc(windowId)}/visits`, { method: 'POST', body, schema: VisitResponseSchema }),
    /** The visit open at a window, if any: what the console shows again after a reload. */
    currentVisit: (windowId: string) =>
      request(`/windows/${enc(windowId)}/visit`, { schema: CurrentVisitResponseSchema }),
    getVisit: (visitId: string) => request(`/visits/${enc(visitId)}`, { schema: VisitResponseSchema }),
    updateVisit: (visitId: string, body: UpdateVisitBody) =>
      request(`/visits/${enc(visitId)}`, { method: 'PUT', body, schema: VisitResponseSchema }),
    loadVisitDraft: (visitId: string, draftCode: string) =>
      request(`/visits/${enc(visitId)}/draft`, {
        method: 'POST',
        body: { draftCode },
        schema: VisitResponseSchema,
      }),
    /** Sends the version staff are looking at; a newer one answers visit_version_conflict. */
    sendVisit: (visitId: string, version: number) =>
      request(`/visits/${enc(visitId)}/send`, {
        method: 'POST',
        body: { version },
        schema: VisitResponseSchema,
      }),
    requestCardRead: (visitId: string, cancel = false) =>
      request(`/visits/${enc(visitId)}/card-request`, {
        method: 'POST',
        body: { cancel },
        schema: VisitResponseSchema,
      }),
    acceptVisit: (visitId: string, version: number) =>
      request(`/visits/${enc(visitId)}/accept`, {
        method: 'POST',
        body: { version },
        schema: VisitResponseSchema,
      }),
    /** A link: the browser opens the (signed, once signed) PDF with the session cookie. */
    visitPdfUrl: (visitId: string) => `${baseUrl}/visits/${enc(visitId)}/application.pdf`,
    listVisits: (officeId: string, date: string) =>
      request(`/offices/${enc(officeId)}/visits?${new URLSearchParams({ date })}`, {
        schema: VisitListResponseSchema,
      }),
    /** The day's accepted applications of one procedure, as a file; marks them exported. */
    exportApplications: (officeId: string, body: ApplicationExportBody) =>
      download(`/offices/${enc(officeId)}/applications/export`, { method: 'POST', body }),

    /** The counter tablet: the visit sent to its window (device token). */
    tablet: () => request('/tablet', { schema: TabletStateSchema }),
    tabletCardResult: (visitId: string, body: CardResultBody) =>
      request(`/tablet/visits/${enc(visitId)}/card`, { method: 'POST', body, schema: NoContentSchema }),
    tabletFlag: (visitId: string, body: FlagBody) =>
      request(`/tablet/visits/${enc(visitId)}/flags`, { method: 'POST', body, schema: NoContentSchema }),
    tabletSign: (visitId: string, body: SignBody) =>
      request(`/tablet/visits/${enc(visitId)}/sign`, { method: 'POST', body, schema: NoContentSchema }),

    statsSummary: (query: StatsQuery) =>
      request(`/stats/summary?${statsParams(query)}`, { schema: SummaryResponseSchema }),
    statsProcedures: (query: StatsQuery) =>
      request(`/stats/procedures?${statsParams(query)}`, { schema: ProcedureStatsResponseSchema }),
    statsForecast: (query: ForecastQuery) =>
      request(`/stats/forecast?${statsParams(query)}`, { schema: ForecastResponseSchema }),
    statsStaffing: (query: StaffingQuery) =>
      request(`/stats/staffing?${statsParams(query)}`, { schema: StaffingResponseSchema }),
    /** A link, not a fetch: the browser downloads the CSV with the session cookie. */
    statsExportUrl: (query: StatsExportQuery) => `${baseUrl}/stats/export.csv?${statsParams(query)}`,

    staffDay: (officeId: string, date: string) =>
      request(`/offices/${enc(officeId)}/reservations?${new URLSearchParams({ date })}`, {
        schema: StaffDayResponseSchema,
      }),
    staffCancel: (officeId: string, reservationId: string, body: StaffCancelBody) =>
      request(`/offices/${enc(officeId)}/reservations/${enc(reservationId)}/cancel`, {
        method: 'POST',
        body,
        schema: StaffReservationSchema,
      }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

async function throwProblem(response: Response): Promise<never> {
  const problem = ProblemSchema.safeParse(await response.json().catch(() => undefined));
  if (problem.success) throw new ApiError(response.status, problem.data.code, problem.data);
  throw new ApiError(response.status, response.status === 429 ? 'rate_limited' : 'internal_error');
}

/** A query string from the set fields of a statistics query; absent filters stay out of the URL. */
function statsParams(query: Record<string, unknown>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value != null) params.set(key, String(value));
  return params;
}
