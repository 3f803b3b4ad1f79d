/** The one failure type of the registry's API: an HTTP status, a stable code and a message. */
export class RegistryError extends Error {
  constructor(
    readonly status: number,
    readonly code:
      | 'BAD_INPUT'
      | 'UNAUTHENTICATED'
      | 'FORBIDDEN'
      | 'NOT_FOUND'
      | 'CONFLICT'
      | 'UNAVAILABLE',
    message: string,
  ) {
    super(message);
    this.name = 'RegistryError';
  }
}

export const badInput = (message: string) => new RegistryError(400, 'BAD_INPUT', message);
export const forbidden = (message: string) => new RegistryError(403, 'FORBIDDEN', message);
export const notFound = (message: string) => new RegistryError(404, 'NOT_FOUND', message);
