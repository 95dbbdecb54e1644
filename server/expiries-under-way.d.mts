// Types of server/expiries-under-way.mjs, plain JavaScript because Next's cache handler loads it too.
export function trackExpiry<T>(expiry: Promise<T>): Promise<T>;
export function expiriesUnderWay(): Promise<void>;
