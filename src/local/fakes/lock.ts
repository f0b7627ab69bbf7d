import { exposeAs } from './boundary';
import type { FakeContext } from './context';

type GasLock = GoogleAppsScript.Lock.Lock;
export type LockKind = 'document';

/** Who holds one of the locks: a lock object of this execution, another "process", or nobody. */
interface LockState {
  holder: FakeLock | { other: string } | null;
  /** Contention that gives up after this many failed attempts, to test retry paths. */
  attemptsLeft: number;
}

export interface LockAttempt {
  kind: LockKind;
  method: 'tryLock';
  timeoutMs: number;
  acquired: boolean;
}

/**
 * No real waiting: a lock held by "another process" fails at once, however long the timeout,
 * so tests stay fast; the requested timeouts are recorded in `attempts` for assertions.
 * Two Lock objects of the same execution exclude each other, which makes accidental nested
 * locking fail loudly.
 */
export class FakeLockService implements Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock'> {
  readonly attempts: LockAttempt[] = [];
  private readonly states: Record<LockKind, LockState> = {
    document: { holder: null, attemptsLeft: Infinity },
  };

  constructor(private readonly ctx: FakeContext) {}

  // --- scripting (not counted) -------------------------------------------------------------

  /** Simulates another user or trigger holding the lock, optionally for a number of attempts only. */
  holdBy(owner: string, options: { kind?: LockKind; releaseAfterAttempts?: number } = {}): void {
    const state = this.states[options.kind ?? 'document'];
    state.holder = { other: owner };
    state.attemptsLeft = options.releaseAfterAttempts ?? Infinity;
  }

  releaseHeld(kind: LockKind = 'document'): void {
    this.states[kind].holder = null;
  }

  isHeld(kind: LockKind = 'document'): boolean {
    return this.states[kind].holder !== null;
  }

  /** Internal: one acquisition attempt by `lock`. */
  acquire(lock: FakeLock, method: LockAttempt['method'], timeoutMs: number): boolean {
    const state = this.states[lock.kind];
    if (state.holder !== null && state.holder !== lock && 'other' in state.holder) {
      state.attemptsLeft -= 1;
      if (state.attemptsLeft <= 0) state.holder = null;
    }
    const acquired = state.holder === null || state.holder === lock;
    if (acquired) state.holder = lock;
    this.attempts.push({ kind: lock.kind, method, timeoutMs, acquired });
    return acquired;
  }

  release(lock: FakeLock): void {
    const state = this.states[lock.kind];
    if (state.holder === lock) state.holder = null;
  }

  // --- Apps Script surface -----------------------------------------------------------------

  /**
   * "Lock|null … null if called from … outside of a containing document": the reference does not
   * promise one to a time-driven trigger, which runs in no open document, so the fake gives null.
   */
  getDocumentLock(): GasLock {
    this.ctx.call('LockService.getDocumentLock');
    if (this.ctx.execution === 'time-trigger') return null as unknown as GasLock;
    return exposeAs<GasLock>(new FakeLock(this.ctx, this, 'document'));
  }
}

export class FakeLock implements Pick<GasLock, 'releaseLock' | 'tryLock'> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly service: FakeLockService,
    readonly kind: LockKind,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    this.ctx.call('Lock.tryLock');
    return this.service.acquire(this, 'tryLock', timeoutInMillis);
  }

  releaseLock(): void {
    this.ctx.call('Lock.releaseLock');
    this.service.release(this);
  }
}
