/** What a check finds, as the API returns it and the CLI prints it. */

export interface CompositionProblem {
  /** The subgraph the problem is in, when composition names one. */
  readonly subgraph: string | null;
  /** `Type.field` (or `Type`) the problem is about, when composition names one. */
  readonly coordinate: string | null;
  /** Composition's stable error code, e.g. `INVALID_FIELD_SHARING`. */
  readonly code: string;
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
}

export type Criticality = 'BREAKING' | 'DANGEROUS' | 'SAFE';

export interface SchemaChange {
  /** graphql-inspector's change type, e.g. `FIELD_REMOVED`. */
  readonly type: string;
  readonly criticality: Criticality;
  readonly coordinate: string | null;
  readonly message: string;
}

export interface CheckedChange extends SchemaChange {
  /** Operations that used the coordinate within the usage window, and by which clients. */
  readonly usage: { readonly operations: number; readonly clients: readonly string[] } | null;
  /** A breaking change to something no operation used in the window. */
  readonly safeBecauseUnused: boolean;
  readonly approved: boolean;
}

export interface LintFinding {
  readonly rule: string;
  readonly coordinate: string;
  readonly message: string;
}

export interface OwnershipFinding {
  /** `override`: takes a field over with @override; `shadow`: resolves a field another owns. */
  readonly kind: 'override' | 'shadow';
  readonly coordinate: string;
  readonly otherSubgraph: string;
  readonly otherOwner: string;
  readonly approved: boolean;
}

export type BlockerCode =
  | 'COMPOSITION_FAILED'
  | 'BREAKING_CHANGE'
  | 'OWNERSHIP'
  | 'NEW_SUBGRAPH'
  | 'SCHEMA_DRIFT';

export interface Blocker {
  readonly code: BlockerCode;
  readonly message: string;
}

export interface CheckReport {
  readonly id: string;
  readonly subgraph: string;
  readonly action: 'publish' | 'delete';
  /** The supergraph version the candidate was composed against (null: the first). */
  readonly baseSupergraphVersion: number | null;
  readonly composition: { readonly ok: boolean; readonly problems: readonly CompositionProblem[] };
  readonly changes: readonly CheckedChange[];
  readonly ownership: readonly OwnershipFinding[];
  readonly lint: readonly LintFinding[];
  /** `member`: in the graph; `new`: never seen, waits for an admin; `approved`: approved, not yet published. */
  readonly membership: 'member' | 'new' | 'approved';
  /** Whether the service at the URL serves this SDL; null when no URL was checked. */
  readonly drift: {
    readonly url: string;
    readonly serves: boolean;
    readonly detail: string;
  } | null;
  /** What stops a publish; empty when it would go through. */
  readonly blockers: readonly Blocker[];
  readonly passed: boolean;
  readonly durationMs: number;
}

export interface PublishResult {
  readonly check: CheckReport;
  readonly published: boolean;
  /** True when the same input was already live: nothing new was made. */
  readonly unchanged: boolean;
  readonly supergraphVersion: number | null;
  readonly subgraphVersion: number | null;
}
