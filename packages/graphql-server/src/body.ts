import type { IncomingMessage } from 'node:http';

/** A request the endpoint refuses before GraphQL sees it, with the HTTP status to answer. */
export class HttpRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpRequestError';
  }
}

/** Reads and parses a JSON body, refusing anything over `limitBytes` without buffering it. */
export async function readJsonBody(request: IncomingMessage, limitBytes: number): Promise<unknown> {
  const declared = Number.parseInt(request.headers['content-length'] ?? '', 10);
  if (Number.isFinite(declared) && declared > limitBytes) {
    request.resume();
    throw new HttpRequestError(413, `request body exceeds ${limitBytes} bytes`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limitBytes) {
      request.resume();
      throw new HttpRequestError(413, `request body exceeds ${limitBytes} bytes`);
    }
    chunks.push(buffer);
  }
  if (size === 0) return undefined;
  const contentType = request.headers['content-type'] ?? '';
  if (!/^application\/(graphql-response\+)?json\b/i.test(contentType)) {
    // Apollo Server answers unsupported content types itself; hand it the raw text.
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpRequestError(400, 'request body is not valid JSON');
  }
}
