export const TEST_CA_FILE: string;
export const TEST_CA: string;
export const ER_TYPES: string[];
export const GITHUB_REQUEST_TOKEN: string;
export const CLIENT_SECRET: string;
export const MSI_HEADER: string;
export function formatTimeSpan(ms: number): string;

export interface FakeTenant { id: string; name?: string; member?: boolean; loginFails?: boolean }
export interface FakeSubscription { subscriptionId: string; name?: string; tenantId: string; state?: string; delegatedTo?: string[]; managementGroups?: string[] }
export interface FakeFault {
  match?: { kind?: 'subscriptions' | 'resources' | 'maintenance' | 'token' | 'tenants' | 'metrics' | 'diagnosticSettings'; tenant?: string; page?: number; subscription?: string; managementGroup?: string };
  skip?: number;
  times?: number;
  action: 'status' | 'reset' | 'slow' | 'raw' | 'cut' | 'rewrite';
  status?: number;
  code?: string;
  delayMs?: number;
  /** 'status' (Resource Graph): the error message quotes the request's Authorization header. */
  echoAuthorization?: boolean;
  /** Extra response headers ('status', 'raw'). */
  headers?: Record<string, string>;
  /** 'raw': the body sent as is, with `contentType`. */
  body?: string;
  contentType?: string;
  /** 'rewrite': the page to send instead of the right one; `token(offset)` makes a valid skip token. */
  rewrite?: (page: FakeGraphPage, info: { page: number; offset: number; top: number; subscriptions?: string[]; scopeKey: string; token: (offset: number) => string }) => Record<string, any>;
}
export interface FakeGraphPage { totalRecords: number; count: number; resultTruncated: 'true' | 'false'; $skipToken?: string; data: Record<string, any>[]; facets: unknown[] }
export interface FakeConfig {
  tenants: FakeTenant[];
  subscriptions: FakeSubscription[];
  resources: Record<string, any>[];
  quota?: { limit: number; windowMs: number };
  retryAfterOn429?: boolean;
  faults?: FakeFault[];
  tokenLifetimeSec?: number;
  assertionLifetimeMs?: number;
  /** The managed identity behind GET /msi/token (App Service's endpoint): its tenant, and its client id when user-assigned. */
  managedIdentity?: { tenant: string; clientId?: string };
  /** Lower-cased circuit or port id → one average (one series), or one series per dimension combination. */
  metrics?: Record<string, number | { dims: Record<string, string>; average: number }[]>;
  /** Lower-cased resource id → number of diagnostic settings (default 0), or an injected failure. */
  diagnosticSettings?: Record<string, number | { status: number; code?: string }>;
  /** maintenanceresources rows (Microsoft.Maintenance/configurationAssignments). */
  maintenanceAssignments?: Record<string, any>[];
  /** Tenant/MG-scope queries see at most this many subscriptions (Resource Graph's limit). */
  subscriptionLimit?: number;
  latencyMs?: number;
  /** ARM's subscription read limit: a token bucket per principal and subscription (Microsoft: 250, 25 per second). */
  armReads?: { bucket: number; refillPerSecond: number };
}
export interface FakeLogEntry { at: number; tenant: string; kind: string; status: number; page?: number; subscriptions?: number; managementGroups?: string[]; query?: string; rows?: number; fault?: string; resourceId?: string; filter?: string }
export interface FakeAzure {
  url: string;
  log: FakeLogEntry[];
  counters: { graph: number; throttled: number; tokens: number; githubTokens: number; metrics: number; diagnosticSettings: number; maxSubscriptionsPerRequest: number; rowsServed: number; scopeChanges: number; armThrottled: number };
  tokenFor(tid: string, lifetimeSec?: number): { token: string; expiresOnTimestamp: number };
  graphRequests(tenant?: string): FakeLogEntry[];
  stop(): Promise<void>;
}
export function startFakeAzure(cfg: FakeConfig): Promise<FakeAzure>;
export function syntheticEstate(o?: { tenants?: number; subscriptionsPerTenant?: number; circuitsPerTenant?: number; gateways?: boolean }): { tenants: FakeTenant[]; subscriptions: FakeSubscription[]; resources: Record<string, any>[] };
export function fakeAccessToken(origin: string, tid: string, lifetimeSec?: number): { token: string; expiresOnTimestamp: number };
