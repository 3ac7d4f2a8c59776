/* Bodies of the API's error answers: `{ error, message }`, errorResponse in api-schemas.ts. */

export const notFound = (message: string) => ({ error: 'not_found', message });

export const badRequest = (message: string) => ({ error: 'bad_request', message });

/** The 400 of a ?from=&to= range whose first day comes after its last. */
export const fromAfterTo = (from: string, to: string) => badRequest(`from ${from} is after to ${to}`);
