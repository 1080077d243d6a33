import type { Procedure, Service } from '@kakanai/contracts';

/** The service that handles a procedure at one office (procedures name a service code, the same everywhere). */
export function serviceFor(procedure: Pick<Procedure, 'serviceCode'>, services: Service[] | undefined) {
  return services?.find((service) => service.code === procedure.serviceCode);
}

/** The service to book a visit for these procedures: the first one's, when it takes bookings. */
export function bookableServiceFor(
  procedures: Procedure[],
  services: Service[] | undefined,
): Service | undefined {
  for (const procedure of procedures) {
    const service = serviceFor(procedure, services);
    if (service?.bookable) return service;
  }
  return undefined;
}

/** The booking flow at the calendar of that office and service. */
export function bookingPath(officeId: string, serviceId: string): string {
  return `/book?${new URLSearchParams({ office: officeId, service: serviceId })}`;
}
