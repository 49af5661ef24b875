// @ts-check
/**
 * The KusciaAPI error codes this server answers with, named as in Kuscia's
 * `proto/api/v1alpha1/errorcode/error_code.proto` (minus the `KusciaAPIErr` prefix), so a handler reads like
 * the Kuscia service it stands in for.
 */
export const Code = Object.freeze({
  Success: 0,

  RequestValidate: 11100,
  ForUnexpected: 11101,
  AuthFailed: 11102,
  RequestMasterFailed: 11103,

  CreateJob: 11201,
  QueryJob: 11202,
  QueryJobStatus: 11203,
  DeleteJob: 11204,
  StopJob: 11205,
  ApproveJob: 11206,
  SuspendJob: 11207,
  RestartJob: 11208,
  CancelJob: 11209,
  SuspendNotRunningJob: 11210,
  RestartNotSuspendedOrFailedJob: 11211,

  CreateDomain: 11300,
  QueryDomain: 11301,
  QueryDomainStatus: 11302,
  UpdateDomain: 11303,
  DeleteDomain: 11304,
  DomainNotExists: 11305,
  DomainExists: 11306,

  CreateDomainRoute: 11400,
  QueryDomainRoute: 11401,
  DeleteDomainRoute: 11403,
  DomainRouteNotExists: 11404,
  DomainRouteExists: 11405,

  CreateDomainDataFailed: 11500,
  DeleteDomainDataFailed: 11501,
  GetDomainDataFailed: 11502,
  ListDomainDataFailed: 11503,
  PatchDomainDataFailed: 11505,
  DomainDataNotExists: 11506,
  DomainDataExists: 11507,

  CreateDomainDataSource: 11800,
  QueryDomainDataSource: 11802,
  DeleteDomainDataSource: 11804,
  DomainDataSourceNotExists: 11806,
  DomainDataSourceInfoEncodeFailed: 11807,
  ListDomainDataSource: 11808,

  // ConfManager's, answered by KusciaAPI's `certificate/generate` too (enum names without `ConfManagerErr`).
  RequestInvalidate: 2000,
  GenerateKeyCerts: 2200,
});
