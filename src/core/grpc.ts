/** gRPC canonical codes; Kuscia's `Status.code` may carry one instead of a Kuscia code. */
export type KusciaGrpcCode = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16;

/** True for a canonical gRPC status code (1-16), which Kuscia's `Status.code` may carry. */
export function isGrpcCode(code: number): code is KusciaGrpcCode {
  return Number.isInteger(code) && code >= 1 && code <= 16;
}
