/**
 * An expected refusal of a mutation (a full slot, a passed fair): thrown inside the transaction
 * to roll it back, then turned into the payload's typed error by `settle`.
 */
export class Refusal<Code extends string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
  ) {
    super(message);
    this.name = 'Refusal';
  }
}

export type Settled<Value, Code extends string> =
  | { readonly ok: true; readonly value: Value }
  | { readonly ok: false; readonly error: { readonly code: Code; readonly message: string } };

/** Runs a mutation's work; a Refusal becomes a typed error, anything else propagates. */
export async function settle<Value, Code extends string>(
  work: () => Promise<Value>,
): Promise<Settled<Value, Code>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof Refusal) {
      return { ok: false, error: { code: error.code as Code, message: error.message } };
    }
    throw error;
  }
}
