import { describe, expect, it } from "vitest";
import { parseWrkOutput, wrkMilliseconds } from "./load";

// What wrk 4.1 prints with --latency, as the cluster bench reads it.
const OUTPUT = `Running 10s test @ http://localhost:8180/tin-tuc
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   612.34us  210.11us   9.87ms   88.12%
    Req/Sec    12.71k     1.02k   14.90k    70.50%
  Latency Distribution
     50%  590.00us
     75%  680.12us
     90%  801.45us
     99%    1.43ms
  253012 requests in 10.01s, 21.97GB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 5
Requests/sec:  25276.42
Transfer/sec:      2.19GB
`;

describe("reading wrk's report", () => {
  it("reads the rate, the count, the median and the 99th percentile in milliseconds, and the failures", () => {
    expect(parseWrkOutput(OUTPUT)).toEqual({ requestsPerSecond: 25276, requests: 253012, p50Ms: 0.59, p99Ms: 1.43, errors: 3, non2xx: 5 });
  });

  it("reads its units of time", () => {
    expect([wrkMilliseconds("635.91us"), wrkMilliseconds("1.20ms"), wrkMilliseconds("2.01s")]).toEqual([0.64, 1.2, 2010]);
    expect(() => wrkMilliseconds("soon")).toThrow(/không đọc được/);
  });

  it("refuses a report without the latency distribution", () => {
    expect(() => parseWrkOutput("Requests/sec:  100.00\n")).toThrow(/50%/);
  });
});
