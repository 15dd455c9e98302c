import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  ServiceException
} from "./chunk-3BRKJ3XX.js";
import {
  TypeRegistry
} from "./chunk-FJAKXPKF.js";

// node_modules/@aws-sdk/client-secrets-manager/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "secretsmanager"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/models/SecretsManagerServiceException.js
var SecretsManagerServiceException = class _SecretsManagerServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.secretsmanager#SecretsManagerServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _SecretsManagerServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/models/errors.js
var DecryptionFailure = class _DecryptionFailure extends SecretsManagerServiceException {
  static shapeId = "com.amazonaws.secretsmanager#DecryptionFailure";
  name = "DecryptionFailure";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DecryptionFailure",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DecryptionFailure.prototype);
    this.Message = opts.Message;
  }
};
var InternalServiceError = class _InternalServiceError extends SecretsManagerServiceException {
  static shapeId = "com.amazonaws.secretsmanager#InternalServiceError";
  name = "InternalServiceError";
  $fault = "server";
  Message;
  constructor(opts) {
    super({
      name: "InternalServiceError",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalServiceError.prototype);
    this.Message = opts.Message;
  }
};
var InvalidNextTokenException = class _InvalidNextTokenException extends SecretsManagerServiceException {
  static shapeId = "com.amazonaws.secretsmanager#InvalidNextTokenException";
  name = "InvalidNextTokenException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidNextTokenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidNextTokenException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidParameterException = class _InvalidParameterException extends SecretsManagerServiceException {
  static shapeId = "com.amazonaws.secretsmanager#InvalidParameterException";
  name = "InvalidParameterException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidParameterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidRequestException = class _InvalidRequestException extends SecretsManagerServiceException {
  static shapeId = "com.amazonaws.secretsmanager#InvalidRequestException";
  name = "InvalidRequestException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidRequestException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidRequestException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceNotFoundException = class _ResourceNotFoundException extends SecretsManagerServiceException {
  static shapeId = "com.amazonaws.secretsmanager#ResourceNotFoundException";
  name = "ResourceNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var EncryptionFailure = class _EncryptionFailure extends SecretsManagerServiceException {
  static shapeId = "com.amazonaws.secretsmanager#EncryptionFailure";
  name = "EncryptionFailure";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "EncryptionFailure",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EncryptionFailure.prototype);
    this.Message = opts.Message;
  }
};
var LimitExceededException = class _LimitExceededException extends SecretsManagerServiceException {
  static shapeId = "com.amazonaws.secretsmanager#LimitExceededException";
  name = "LimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "LimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var MalformedPolicyDocumentException = class _MalformedPolicyDocumentException extends SecretsManagerServiceException {
  static shapeId = "com.amazonaws.secretsmanager#MalformedPolicyDocumentException";
  name = "MalformedPolicyDocumentException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "MalformedPolicyDocumentException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MalformedPolicyDocumentException.prototype);
    this.Message = opts.Message;
  }
};
var PreconditionNotMetException = class _PreconditionNotMetException extends SecretsManagerServiceException {
  static shapeId = "com.amazonaws.secretsmanager#PreconditionNotMetException";
  name = "PreconditionNotMetException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "PreconditionNotMetException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PreconditionNotMetException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceExistsException = class _ResourceExistsException extends SecretsManagerServiceException {
  static shapeId = "com.amazonaws.secretsmanager#ResourceExistsException";
  name = "ResourceExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceExistsException.prototype);
    this.Message = opts.Message;
  }
};
var PublicPolicyException = class _PublicPolicyException extends SecretsManagerServiceException {
  static shapeId = "com.amazonaws.secretsmanager#PublicPolicyException";
  name = "PublicPolicyException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "PublicPolicyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PublicPolicyException.prototype);
    this.Message = opts.Message;
  }
};

// node_modules/@aws-sdk/client-secrets-manager/dist-es/schemas/schemas_0.js
var _AAD = "AutomaticallyAfterDays";
var _ARN = "ARN";
var _BGSVR = "BatchGetSecretValueRequest";
var _CD = "CreatedDate";
var _CRT = "ClientRequestToken";
var _D = "Description";
var _DDe = "DeletedDate";
var _DF = "DecryptionFailure";
var _DSRes = "DescribeSecretRequest";
var _DSResc = "DescribeSecretResponse";
var _DSe = "DescribeSecret";
var _Du = "Duration";
var _EF = "EncryptionFailure";
var _ESRM = "ExternalSecretRotationMetadata";
var _ESRMI = "ExternalSecretRotationMetadataItem";
var _ESRMT = "ExternalSecretRotationMetadataType";
var _ESRRA = "ExternalSecretRotationRoleArn";
var _F = "Filters";
var _FLT = "FiltersListType";
var _Fi = "Filter";
var _GSVRe = "GetSecretValueResponse";
var _INTE = "InvalidNextTokenException";
var _IPE = "InvalidParameterException";
var _IRE = "InvalidRequestException";
var _ISE = "InternalServiceError";
var _K = "Key";
var _KKI = "KmsKeyId";
var _KKIm = "KmsKeyIds";
var _LAD = "LastAccessedDate";
var _LCD = "LastChangedDate";
var _LEE = "LimitExceededException";
var _LRD = "LastRotatedDate";
var _M = "Message";
var _MPDE = "MalformedPolicyDocumentException";
var _MR = "MaxResults";
var _N = "Name";
var _NRD = "NextRotationDate";
var _NT = "NextToken";
var _OS = "OwningService";
var _PNME = "PreconditionNotMetException";
var _PPE = "PublicPolicyException";
var _PR = "PrimaryRegion";
var _PSVR = "PutSecretValueRequest";
var _PSVRu = "PutSecretValueResponse";
var _R = "Region";
var _RE = "RotationEnabled";
var _REE = "ResourceExistsException";
var _RLARN = "RotationLambdaARN";
var _RNFE = "ResourceNotFoundException";
var _RR = "RotationRules";
var _RRFRR = "RemoveRegionsFromReplicationRequest";
var _RRR = "RemoveReplicaRegions";
var _RRTo = "RotationRulesType";
var _RS = "ReplicationStatus";
var _RSLT = "ReplicationStatusListType";
var _RST = "ReplicationStatusType";
var _RT = "RotationToken";
var _RTT = "RotationTokenType";
var _S = "Status";
var _SB = "SecretBinary";
var _SBT = "SecretBinaryType";
var _SE = "ScheduleExpression";
var _SI = "SecretId";
var _SIL = "SecretIdList";
var _SLE = "SecretListEntry";
var _SM = "StatusMessage";
var _SS = "SecretString";
var _SST = "SecretStringType";
var _SVE = "SecretValueEntry";
var _SVLE = "SecretVersionsListEntry";
var _SVTS = "SecretVersionsToStages";
var _SVTSMT = "SecretVersionsToStagesMapType";
var _T = "Tags";
var _TK = "TagKeys";
var _TLT = "TagListType";
var _Ta = "Tag";
var _Ty = "Type";
var _URR = "UntagResourceRequest";
var _V = "Value";
var _VI = "VersionId";
var _VITS = "VersionIdsToStages";
var _VSe = "VersionStages";
var _Va = "Values";
var _c = "client";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.secretsmanager";
var _se = "server";
var n0 = "com.amazonaws.secretsmanager";
var _s_registry = new TypeRegistry(_s);
var SecretsManagerServiceException$ = [-3, _s, "SecretsManagerServiceException", 0, [], []];
_s_registry.registerError(SecretsManagerServiceException$, SecretsManagerServiceException);
var n0_registry = new TypeRegistry(n0);
var DecryptionFailure$ = [
  -3,
  n0,
  _DF,
  { "error": _c },
  [_M],
  [0]
];
n0_registry.registerError(DecryptionFailure$, DecryptionFailure);
var EncryptionFailure$ = [
  -3,
  n0,
  _EF,
  { "error": _c },
  [_M],
  [0]
];
n0_registry.registerError(EncryptionFailure$, EncryptionFailure);
var InternalServiceError$ = [
  -3,
  n0,
  _ISE,
  { "error": _se },
  [_M],
  [0]
];
n0_registry.registerError(InternalServiceError$, InternalServiceError);
var InvalidNextTokenException$ = [
  -3,
  n0,
  _INTE,
  { "error": _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidNextTokenException$, InvalidNextTokenException);
var InvalidParameterException$ = [
  -3,
  n0,
  _IPE,
  { "error": _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
var InvalidRequestException$ = [
  -3,
  n0,
  _IRE,
  { "error": _c },
  [_M],
  [0]
];
n0_registry.registerError(InvalidRequestException$, InvalidRequestException);
var LimitExceededException$ = [
  -3,
  n0,
  _LEE,
  { "error": _c },
  [_M],
  [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var MalformedPolicyDocumentException$ = [
  -3,
  n0,
  _MPDE,
  { "error": _c },
  [_M],
  [0]
];
n0_registry.registerError(MalformedPolicyDocumentException$, MalformedPolicyDocumentException);
var PreconditionNotMetException$ = [
  -3,
  n0,
  _PNME,
  { "error": _c },
  [_M],
  [0]
];
n0_registry.registerError(PreconditionNotMetException$, PreconditionNotMetException);
var PublicPolicyException$ = [
  -3,
  n0,
  _PPE,
  { "error": _c },
  [_M],
  [0]
];
n0_registry.registerError(PublicPolicyException$, PublicPolicyException);
var ResourceExistsException$ = [
  -3,
  n0,
  _REE,
  { "error": _c },
  [_M],
  [0]
];
n0_registry.registerError(ResourceExistsException$, ResourceExistsException);
var ResourceNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { "error": _c },
  [_M],
  [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var RotationTokenType = [0, n0, _RTT, 8, 0];
var SecretBinaryType = [0, n0, _SBT, 8, 21];
var SecretStringType = [0, n0, _SST, 8, 0];
var BatchGetSecretValueRequest$ = [
  3,
  n0,
  _BGSVR,
  0,
  [_SIL, _F, _MR, _NT],
  [64 | 0, () => FiltersListType, 1, 0]
];
var DescribeSecretRequest$ = [
  3,
  n0,
  _DSRes,
  0,
  [_SI],
  [0],
  1
];
var DescribeSecretResponse$ = [
  3,
  n0,
  _DSResc,
  0,
  [_ARN, _N, _Ty, _D, _KKI, _RE, _RLARN, _RR, _ESRM, _ESRRA, _LRD, _LCD, _LAD, _DDe, _NRD, _T, _VITS, _OS, _CD, _PR, _RS],
  [0, 0, 0, 0, 0, 2, 0, () => RotationRulesType$, () => ExternalSecretRotationMetadataType, 0, 4, 4, 4, 4, 4, () => TagListType, [2, n0, _SVTSMT, 0, 0, 64 | 0], 0, 4, 0, () => ReplicationStatusListType]
];
var ExternalSecretRotationMetadataItem$ = [
  3,
  n0,
  _ESRMI,
  0,
  [_K, _V],
  [0, 0]
];
var Filter$ = [
  3,
  n0,
  _Fi,
  0,
  [_K, _Va],
  [0, 64 | 0]
];
var GetSecretValueResponse$ = [
  3,
  n0,
  _GSVRe,
  0,
  [_ARN, _N, _VI, _SB, _SS, _VSe, _CD],
  [0, 0, 0, [() => SecretBinaryType, 0], [() => SecretStringType, 0], 64 | 0, 4]
];
var PutSecretValueRequest$ = [
  3,
  n0,
  _PSVR,
  0,
  [_SI, _CRT, _SB, _SS, _VSe, _RT],
  [0, [0, 4], [() => SecretBinaryType, 0], [() => SecretStringType, 0], 64 | 0, [() => RotationTokenType, 0]],
  1
];
var PutSecretValueResponse$ = [
  3,
  n0,
  _PSVRu,
  0,
  [_ARN, _N, _VI, _VSe],
  [0, 0, 0, 64 | 0]
];
var RemoveRegionsFromReplicationRequest$ = [
  3,
  n0,
  _RRFRR,
  0,
  [_SI, _RRR],
  [0, 64 | 0],
  2
];
var ReplicationStatusType$ = [
  3,
  n0,
  _RST,
  0,
  [_R, _KKI, _S, _SM, _LAD],
  [0, 0, 0, 0, 4]
];
var RotationRulesType$ = [
  3,
  n0,
  _RRTo,
  0,
  [_AAD, _Du, _SE],
  [1, 0, 0]
];
var SecretListEntry$ = [
  3,
  n0,
  _SLE,
  0,
  [_ARN, _N, _Ty, _D, _KKI, _RE, _RLARN, _RR, _ESRM, _ESRRA, _LRD, _LCD, _LAD, _DDe, _NRD, _T, _SVTS, _OS, _CD, _PR],
  [0, 0, 0, 0, 0, 2, 0, () => RotationRulesType$, () => ExternalSecretRotationMetadataType, 0, 4, 4, 4, 4, 4, () => TagListType, [2, n0, _SVTSMT, 0, 0, 64 | 0], 0, 4, 0]
];
var SecretValueEntry$ = [
  3,
  n0,
  _SVE,
  0,
  [_ARN, _N, _VI, _SB, _SS, _VSe, _CD],
  [0, 0, 0, [() => SecretBinaryType, 0], [() => SecretStringType, 0], 64 | 0, 4]
];
var SecretVersionsListEntry$ = [
  3,
  n0,
  _SVLE,
  0,
  [_VI, _VSe, _LAD, _CD, _KKIm],
  [0, 64 | 0, 4, 4, 64 | 0]
];
var Tag$ = [
  3,
  n0,
  _Ta,
  0,
  [_K, _V],
  [0, 0]
];
var UntagResourceRequest$ = [
  3,
  n0,
  _URR,
  0,
  [_SI, _TK],
  [0, 64 | 0],
  2
];
var ExternalSecretRotationMetadataType = [
  1,
  n0,
  _ESRMT,
  0,
  () => ExternalSecretRotationMetadataItem$
];
var FiltersListType = [
  1,
  n0,
  _FLT,
  0,
  () => Filter$
];
var FilterValuesStringList = 64 | 0;
var KmsKeyIdListType = 64 | 0;
var RemoveReplicaRegionListType = 64 | 0;
var ReplicationStatusListType = [
  1,
  n0,
  _RSLT,
  0,
  () => ReplicationStatusType$
];
var SecretIdListType = 64 | 0;
var SecretVersionStagesType = 64 | 0;
var TagKeyListType = 64 | 0;
var TagListType = [
  1,
  n0,
  _TLT,
  0,
  () => Tag$
];
var SecretVersionsToStagesMapType = [
  2,
  n0,
  _SVTSMT,
  0,
  0,
  64 | 0
];
var DescribeSecret$ = [
  9,
  n0,
  _DSe,
  0,
  () => DescribeSecretRequest$,
  () => DescribeSecretResponse$
];

export {
  resolveClientEndpointParameters,
  commonParams,
  errorTypeRegistries,
  DescribeSecret$
};
