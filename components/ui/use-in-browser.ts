"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False on the server and while hydrating, true in the browser once hydrated. For what only the
 * browser knows (the address a cached page is read at), and for controls that do nothing until
 * their script runs: disabled until then, a tap on them is not silently lost.
 */
export function useInBrowser(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
