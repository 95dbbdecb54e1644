// Calls answered by a worker thread of the import: the old articles' preparation (text runs) and
// the photos (runs that store them). One protocol for both: a numbered request, a numbered answer
// or error message, answered in any order.
import { fileURLToPath, pathToFileURL } from "node:url";
import { parentPort, Worker } from "node:worker_threads";

export type WorkerCalls<Request, Answer> = {
  call(request: Request): Promise<Answer>;
  close(): Promise<void>;
};

type Asked<Request> = { id: number; request: Request };
type Answered<Answer> = { id: number; ok: true; value: Answer } | { id: number; ok: false; message: string };

/**
 * A worker thread running `workerUrl` (a module that calls answerCalls), which loads TypeScript
 * through tsx's own loader: a worker does not inherit the parent's loader hooks. If the worker
 * dies, every waiting call fails with its error, and so does every later call. `name` says which
 * worker in that error.
 */
export function callsOnWorker<Request, Answer>(workerUrl: string, name: string): WorkerCalls<Request, Answer> {
  const href = workerUrl.startsWith("file:") ? workerUrl : pathToFileURL(workerUrl).href;
  const source = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(href)}); });`;
  const worker = new Worker(source, { eval: true });
  const waiting = new Map<number, { resolve: (value: Answer) => void; reject: (error: Error) => void }>();
  let next = 0;
  let failure: Error | null = null;
  const failAll = (error: Error) => {
    failure = error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on("message", (reply: Answered<Answer>) => {
    const waiter = waiting.get(reply.id);
    if (!waiter) return;
    waiting.delete(reply.id);
    if (reply.ok) waiter.resolve(reply.value);
    else waiter.reject(new Error(reply.message));
  });
  worker.on("error", failAll);
  worker.on("exit", (code) => {
    failure ??= new Error(`${name} đã dừng (mã ${code}).`);
    if (waiting.size > 0) failAll(new Error(`${name} dừng với mã ${code}.`));
  });
  return {
    call(request) {
      if (failure) return Promise.reject(failure);
      const id = next++;
      return new Promise<Answer>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, request } satisfies Asked<Request>);
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}

/** In the worker's module: answers each call with `answer`, several at a time when it is async. */
export function answerCalls<Request, Answer>(moduleUrl: string, answer: (request: Request) => Answer | Promise<Answer>): void {
  const port = parentPort;
  if (!port) throw new Error(`${fileURLToPath(moduleUrl)} runs only as a worker thread`);
  port.on("message", ({ id, request }: Asked<Request>) => {
    void (async () => {
      let reply: Answered<Answer>;
      try {
        reply = { id, ok: true, value: await answer(request) };
      } catch (error) {
        reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
      }
      port.postMessage(reply);
    })();
  });
}
