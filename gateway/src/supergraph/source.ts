/** A composed supergraph and an id that changes whenever its SDL does. */
export interface Supergraph {
  readonly id: string;
  /** The registry's version number, when it came from the registry. */
  readonly version?: number;
  readonly sdl: string;
}

/**
 * Where the gateway gets its supergraph. Today: composed at start from the subgraphs, or read
 * from a file; the schema registry is another implementation of the same interface.
 */
export interface SupergraphSource {
  readonly description: string;
  load(): Promise<Supergraph>;
  /**
   * Calls `onUpdate` with each newer supergraph until the returned stop function is called;
   * `onUpdate` answers whether the gateway switched to it.
   */
  watch?(onUpdate: (supergraph: Supergraph) => boolean): () => void;
}
