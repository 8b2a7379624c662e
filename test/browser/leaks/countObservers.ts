// Counts ResizeObserver, IntersectionObserver and MutationObserver instances that still observe something. The
// observers are held weakly: one that was dropped with its nodes (collected) is not a leak; one still alive and
// observing after a graphic is gone is.
import { callSite } from './callSite';

const KINDS = ['ResizeObserver', 'IntersectionObserver', 'MutationObserver'] as const;
export type ObserverKind = (typeof KINDS)[number];

interface ObserverRecord {
  kind: ObserverKind;
  site: string;
  targets: Set<Node>;
}

const records = new WeakMap<object, ObserverRecord>();
const observers = new Set<WeakRef<object>>();
const forget = new FinalizationRegistry<WeakRef<object>>((ref) => observers.delete(ref));

interface Observing {
  observe(target: Node, options?: unknown): void;
  disconnect(): void;
  unobserve?(target: Node): void;
}
type ObserverClass = new (...args: never[]) => Observing;

function track(observer: object, kind: ObserverKind): ObserverRecord | undefined {
  const { site, harness } = callSite();
  if (harness) return undefined;
  const record = { kind, site, targets: new Set<Node>() };
  records.set(observer, record);
  const ref = new WeakRef(observer);
  observers.add(ref);
  forget.register(observer, ref);
  return record;
}

/** Replaces each observer constructor with a subclass that records what it observes until disconnect/unobserve. */
export function installObserverCount(): void {
  const scope = window as unknown as Record<ObserverKind, ObserverClass | undefined>;
  for (const kind of KINDS) {
    const Original = scope[kind];
    if (!Original) continue;
    const Counted = class extends Original {
      constructor(...args: never[]) {
        super(...args);
        track(this, kind);
      }
      override observe(target: Node, options?: unknown) {
        records.get(this)?.targets.add(target);
        return super.observe(target, options);
      }
      override disconnect() {
        records.get(this)?.targets.clear();
        return super.disconnect();
      }
    };
    if (Original.prototype.unobserve) {
      const unobserve = Original.prototype.unobserve;
      Counted.prototype.unobserve = function (this: Observing, target: Node) {
        records.get(this)?.targets.delete(target);
        return unobserve.call(this, target);
      };
    }
    scope[kind] = Counted;
  }
}

/** Observers alive and observing, by "kind @ creation site" (", in page" when a target is still in the document). */
export function liveObservers(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const ref of observers) {
    const observer = ref.deref();
    if (!observer) {
      observers.delete(ref);
      continue;
    }
    const record = records.get(observer);
    if (!record || record.targets.size === 0) continue;
    const inPage = [...record.targets].some((target) => target.isConnected);
    const key = `${record.kind} @ ${record.site}${inPage ? ', in page' : ', detached target'}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
