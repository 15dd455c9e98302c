import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  defaultProvider
} from "./chunk-BW6FY5JI.js";
import {
  AwsRestJsonProtocol,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  resolveAwsSdkSigV4Config
} from "./chunk-XLUAYXVJ.js";
import {
  Sha256Node
} from "./chunk-V5SPZU3S.js";
import {
  NodeHttpHandler
} from "./chunk-6VTP2GXM.js";
import {
  DEFAULT_RETRY_MODE,
  DefaultIdentityProviderConfig,
  NODE_APP_ID_CONFIG_OPTIONS,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
  NODE_RETRY_MODE_CONFIG_OPTIONS,
  awsEndpointFunctions,
  createDefaultUserAgentProvider,
  emitWarningIfUnsupportedVersion,
  getAwsRegionExtensionConfiguration,
  getHostHeaderPlugin,
  getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpSigningPlugin,
  getLoggerPlugin,
  getRecursionDetectionPlugin,
  getRetryPlugin,
  getUserAgentPlugin,
  resolveAwsRegionExtensionConfiguration,
  resolveHostHeaderConfig,
  resolveRetryConfig,
  resolveUserAgentConfig
} from "./chunk-CPQYRG73.js";
import {
  BinaryDecisionDiagram,
  Client,
  EndpointCache,
  NoOpLogger,
  ServiceException,
  customEndpointFunctions,
  decideEndpoint,
  emitWarningIfUnsupportedVersion as emitWarningIfUnsupportedVersion2,
  getDefaultExtensionConfiguration,
  loadConfigsForDefaultMode,
  resolveDefaultRuntimeConfig,
  resolveEndpointConfig
} from "./chunk-3BRKJ3XX.js";
import {
  getContentLengthPlugin,
  getHttpHandlerExtensionConfiguration,
  resolveHttpHandlerRuntimeConfig
} from "./chunk-TTM33TCO.js";
import {
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
  loadConfig,
  resolveDefaultsModeConfig,
  resolveRegionConfig
} from "./chunk-7EKYNA33.js";
import {
  calculateBodyLength,
  fromBase64,
  fromUtf8,
  streamCollector,
  toBase64,
  toUtf8
} from "./chunk-W6QNG5T7.js";
import {
  TypeRegistry,
  getSchemaSerdePlugin,
  getSmithyContext,
  normalizeProvider,
  parseUrl
} from "./chunk-FJAKXPKF.js";

// node_modules/@aws-sdk/client-efs/dist-es/auth/httpAuthSchemeProvider.js
var defaultEFSHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "elasticfilesystem",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
var defaultEFSHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-efs/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "elasticfilesystem"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-efs/package.json
var package_default = {
  name: "@aws-sdk/client-efs",
  version: "3.1141.0",
  description: "AWS SDK for JavaScript Efs Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-efs",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-efs"
  },
  files: [
    "dist-*/**"
  ],
  sideEffects: false,
  main: "./dist-cjs/index.js",
  module: "./dist-es/index.js",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  types: "./dist-types/index.d.ts",
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline",
    "build:es": "premove dist-es && tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "premove dist-types && tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service",
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.978.1",
    "@aws-sdk/credential-provider-node": "^3.972.84",
    "@aws-sdk/types": "^3.974.6",
    "@smithy/core": "^3.35.0",
    "@smithy/fetch-http-handler": "^5.8.0",
    "@smithy/node-http-handler": "^4.12.1",
    "@smithy/types": "^4.19.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/client-efs/dist-es/endpoint/bdd.js
var m = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "stringEquals";
var g = "getAttr";
var h = { [m]: "Endpoint" };
var i = { "fn": g, "argv": [{ [m]: d }, "name"] };
var j = { [m]: d };
var k = {};
var l = [{ [m]: "Region" }];
var _data = {
  conditions: [
    [c, [h]],
    [c, l],
    ["aws.partition", l, d],
    [e, [{ [m]: "UseDualStack" }, b]],
    [f, [i, "aws"]],
    [f, [i, "aws-us-gov"]],
    [f, [i, "aws-cn"]],
    [e, [{ fn: g, argv: [j, "supportsDualStack"] }, b]],
    [e, [{ [m]: "UseFIPS" }, b]],
    [e, [{ fn: g, argv: [j, "supportsFIPS"] }, b]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [h, k],
    ["https://efs.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    ["https://efs-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    ["https://elasticfilesystem-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://elasticfilesystem-fips.{Region}.{PartitionResult#dnsSuffix}", k],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://elasticfilesystem.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://elasticfilesystem.{Region}.{PartitionResult#dnsSuffix}", k],
    [a, "Invalid Configuration: Missing Region"]
  ]
};
var root = 2;
var r = 1e8;
var nodes = new Int32Array([
  -1,
  1,
  -1,
  0,
  16,
  3,
  1,
  4,
  r + 13,
  2,
  5,
  r + 13,
  3,
  8,
  6,
  8,
  7,
  r + 12,
  9,
  r + 8,
  r + 9,
  4,
  15,
  9,
  5,
  15,
  10,
  6,
  15,
  11,
  7,
  13,
  12,
  8,
  r + 7,
  r + 11,
  8,
  14,
  r + 10,
  9,
  r + 6,
  r + 7,
  8,
  r + 5,
  r + 4,
  3,
  18,
  17,
  8,
  r + 1,
  r + 3,
  8,
  r + 1,
  r + 2
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-efs/dist-es/endpoint/endpointResolver.js
var cache = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver = (endpointParams, context = {}) => {
  return cache.get(endpointParams, () => decideEndpoint(bdd, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-efs/dist-es/models/EFSServiceException.js
var EFSServiceException = class _EFSServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _EFSServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-efs/dist-es/models/errors.js
var AccessPointAlreadyExists = class _AccessPointAlreadyExists extends EFSServiceException {
  name = "AccessPointAlreadyExists";
  $fault = "client";
  ErrorCode;
  Message;
  AccessPointId;
  constructor(opts) {
    super({
      name: "AccessPointAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessPointAlreadyExists.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
    this.AccessPointId = opts.AccessPointId;
  }
};
var AccessPointLimitExceeded = class _AccessPointLimitExceeded extends EFSServiceException {
  name = "AccessPointLimitExceeded";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "AccessPointLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessPointLimitExceeded.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var AccessPointNotFound = class _AccessPointNotFound extends EFSServiceException {
  name = "AccessPointNotFound";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "AccessPointNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessPointNotFound.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var AvailabilityZonesMismatch = class _AvailabilityZonesMismatch extends EFSServiceException {
  name = "AvailabilityZonesMismatch";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "AvailabilityZonesMismatch",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AvailabilityZonesMismatch.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var BadRequest = class _BadRequest extends EFSServiceException {
  name = "BadRequest";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "BadRequest",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BadRequest.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var ConflictException = class _ConflictException extends EFSServiceException {
  name = "ConflictException";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "ConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictException.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var FileSystemNotFound = class _FileSystemNotFound extends EFSServiceException {
  name = "FileSystemNotFound";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "FileSystemNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FileSystemNotFound.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var IncorrectFileSystemLifeCycleState = class _IncorrectFileSystemLifeCycleState extends EFSServiceException {
  name = "IncorrectFileSystemLifeCycleState";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "IncorrectFileSystemLifeCycleState",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IncorrectFileSystemLifeCycleState.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var InternalServerError = class _InternalServerError extends EFSServiceException {
  name = "InternalServerError";
  $fault = "server";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "InternalServerError",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalServerError.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var ThrottlingException = class _ThrottlingException extends EFSServiceException {
  name = "ThrottlingException";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "ThrottlingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ThrottlingException.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var FileSystemAlreadyExists = class _FileSystemAlreadyExists extends EFSServiceException {
  name = "FileSystemAlreadyExists";
  $fault = "client";
  ErrorCode;
  Message;
  FileSystemId;
  constructor(opts) {
    super({
      name: "FileSystemAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FileSystemAlreadyExists.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
    this.FileSystemId = opts.FileSystemId;
  }
};
var FileSystemLimitExceeded = class _FileSystemLimitExceeded extends EFSServiceException {
  name = "FileSystemLimitExceeded";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "FileSystemLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FileSystemLimitExceeded.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var InsufficientThroughputCapacity = class _InsufficientThroughputCapacity extends EFSServiceException {
  name = "InsufficientThroughputCapacity";
  $fault = "server";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "InsufficientThroughputCapacity",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientThroughputCapacity.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var ThroughputLimitExceeded = class _ThroughputLimitExceeded extends EFSServiceException {
  name = "ThroughputLimitExceeded";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "ThroughputLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ThroughputLimitExceeded.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var UnsupportedAvailabilityZone = class _UnsupportedAvailabilityZone extends EFSServiceException {
  name = "UnsupportedAvailabilityZone";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "UnsupportedAvailabilityZone",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedAvailabilityZone.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var IpAddressInUse = class _IpAddressInUse extends EFSServiceException {
  name = "IpAddressInUse";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "IpAddressInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IpAddressInUse.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var MountTargetConflict = class _MountTargetConflict extends EFSServiceException {
  name = "MountTargetConflict";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "MountTargetConflict",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MountTargetConflict.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var NetworkInterfaceLimitExceeded = class _NetworkInterfaceLimitExceeded extends EFSServiceException {
  name = "NetworkInterfaceLimitExceeded";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "NetworkInterfaceLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NetworkInterfaceLimitExceeded.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var NoFreeAddressesInSubnet = class _NoFreeAddressesInSubnet extends EFSServiceException {
  name = "NoFreeAddressesInSubnet";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "NoFreeAddressesInSubnet",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoFreeAddressesInSubnet.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var SecurityGroupLimitExceeded = class _SecurityGroupLimitExceeded extends EFSServiceException {
  name = "SecurityGroupLimitExceeded";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "SecurityGroupLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SecurityGroupLimitExceeded.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var SecurityGroupNotFound = class _SecurityGroupNotFound extends EFSServiceException {
  name = "SecurityGroupNotFound";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "SecurityGroupNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SecurityGroupNotFound.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var SubnetNotFound = class _SubnetNotFound extends EFSServiceException {
  name = "SubnetNotFound";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "SubnetNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SubnetNotFound.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var ReplicationNotFound = class _ReplicationNotFound extends EFSServiceException {
  name = "ReplicationNotFound";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "ReplicationNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReplicationNotFound.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var ValidationException = class _ValidationException extends EFSServiceException {
  name = "ValidationException";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "ValidationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ValidationException.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var FileSystemInUse = class _FileSystemInUse extends EFSServiceException {
  name = "FileSystemInUse";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "FileSystemInUse",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FileSystemInUse.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var DependencyTimeout = class _DependencyTimeout extends EFSServiceException {
  name = "DependencyTimeout";
  $fault = "server";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "DependencyTimeout",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _DependencyTimeout.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var MountTargetNotFound = class _MountTargetNotFound extends EFSServiceException {
  name = "MountTargetNotFound";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "MountTargetNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MountTargetNotFound.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var PolicyNotFound = class _PolicyNotFound extends EFSServiceException {
  name = "PolicyNotFound";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "PolicyNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PolicyNotFound.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var IncorrectMountTargetState = class _IncorrectMountTargetState extends EFSServiceException {
  name = "IncorrectMountTargetState";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "IncorrectMountTargetState",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IncorrectMountTargetState.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var InvalidPolicyException = class _InvalidPolicyException extends EFSServiceException {
  name = "InvalidPolicyException";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "InvalidPolicyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidPolicyException.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var TooManyRequests = class _TooManyRequests extends EFSServiceException {
  name = "TooManyRequests";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "TooManyRequests",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyRequests.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};
var ReplicationAlreadyExists = class _ReplicationAlreadyExists extends EFSServiceException {
  name = "ReplicationAlreadyExists";
  $fault = "client";
  ErrorCode;
  Message;
  constructor(opts) {
    super({
      name: "ReplicationAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReplicationAlreadyExists.prototype);
    this.ErrorCode = opts.ErrorCode;
    this.Message = opts.Message;
  }
};

// node_modules/@aws-sdk/client-efs/dist-es/schemas/schemas_0.js
var _AP = "AccessPoints";
var _APA = "AccessPointArn";
var _APAE = "AccessPointAlreadyExists";
var _APD = "AccessPointDescription";
var _APDc = "AccessPointDescriptions";
var _API = "AccessPointId";
var _APLE = "AccessPointLimitExceeded";
var _APNF = "AccessPointNotFound";
var _AZI = "AvailabilityZoneId";
var _AZM = "AvailabilityZonesMismatch";
var _AZN = "AvailabilityZoneName";
var _BR = "BadRequest";
var _CE = "ConflictException";
var _CI = "CreationInfo";
var _CMTR = "CreateMountTargetRequest";
var _CT = "ClientToken";
var _CTr = "CreationToken";
var _CTre = "CreationTime";
var _DAPRe = "DescribeAccessPointsRequest";
var _DAPRes = "DescribeAccessPointsResponse";
var _DAPe = "DescribeAccessPoints";
var _DFSPRe = "DescribeFileSystemPolicyRequest";
var _DFSPe = "DescribeFileSystemPolicy";
var _DFSRe = "DescribeFileSystemsRequest";
var _DFSRes = "DescribeFileSystemsResponse";
var _DFSe = "DescribeFileSystems";
var _DMTRe = "DescribeMountTargetsRequest";
var _DMTRes = "DescribeMountTargetsResponse";
var _DMTSG = "DescribeMountTargetSecurityGroups";
var _DMTSGR = "DescribeMountTargetSecurityGroupsRequest";
var _DMTSGRe = "DescribeMountTargetSecurityGroupsResponse";
var _DMTe = "DescribeMountTargets";
var _DT = "DependencyTimeout";
var _DTR = "DeleteTagsRequest";
var _E = "Encrypted";
var _EC = "ErrorCode";
var _FS = "FileSystems";
var _FSA = "FileSystemArn";
var _FSAE = "FileSystemAlreadyExists";
var _FSD = "FileSystemDescription";
var _FSDi = "FileSystemDescriptions";
var _FSI = "FileSystemId";
var _FSIU = "FileSystemInUse";
var _FSLE = "FileSystemLimitExceeded";
var _FSNF = "FileSystemNotFound";
var _FSP = "FileSystemProtection";
var _FSPD = "FileSystemPolicyDescription";
var _FSPDi = "FileSystemProtectionDescription";
var _FSS = "FileSystemSize";
var _G = "Gid";
var _IA = "IpAddress";
var _IAIU = "IpAddressInUse";
var _IAT = "IpAddressType";
var _IAp = "Ipv6Address";
var _IFSLCS = "IncorrectFileSystemLifeCycleState";
var _IMTS = "IncorrectMountTargetState";
var _IPE = "InvalidPolicyException";
var _ISE = "InternalServerError";
var _ITC = "InsufficientThroughputCapacity";
var _K = "Key";
var _KKI = "KmsKeyId";
var _LCS = "LifeCycleState";
var _M = "Message";
var _MI = "MaxItems";
var _MMTSGR = "ModifyMountTargetSecurityGroupsRequest";
var _MR = "MaxResults";
var _MT = "MountTargets";
var _MTC = "MountTargetConflict";
var _MTD = "MountTargetDescription";
var _MTDo = "MountTargetDescriptions";
var _MTI = "MountTargetId";
var _MTNF = "MountTargetNotFound";
var _Ma = "Marker";
var _N = "Name";
var _NFAIS = "NoFreeAddressesInSubnet";
var _NII = "NetworkInterfaceId";
var _NILE = "NetworkInterfaceLimitExceeded";
var _NM = "NextMarker";
var _NOMT = "NumberOfMountTargets";
var _NT = "NextToken";
var _OG = "OwnerGid";
var _OI = "OwnerId";
var _OU = "OwnerUid";
var _P = "Permissions";
var _PM = "PerformanceMode";
var _PNF = "PolicyNotFound";
var _PTIM = "ProvisionedThroughputInMibps";
var _PU = "PosixUser";
var _Pa = "Path";
var _Po = "Policy";
var _RAE = "ReplicationAlreadyExists";
var _RD = "RootDirectory";
var _RI = "ResourceId";
var _RIP = "ResourceIdPreference";
var _RIT = "ResourceIdType";
var _RNF = "ReplicationNotFound";
var _ROP = "ReplicationOverwriteProtection";
var _Res = "Resources";
var _SG = "SecurityGroups";
var _SGLE = "SecurityGroupLimitExceeded";
var _SGNF = "SecurityGroupNotFound";
var _SGe = "SecondaryGids";
var _SI = "SubnetId";
var _SIB = "SizeInBytes";
var _SNF = "SubnetNotFound";
var _T = "Tags";
var _TE = "ThrottlingException";
var _TK = "TagKeys";
var _TLE = "ThroughputLimitExceeded";
var _TM = "ThroughputMode";
var _TMR = "TooManyRequests";
var _Ta = "Tag";
var _Ti = "Timestamp";
var _U = "Uid";
var _UAZ = "UnsupportedAvailabilityZone";
var _URR = "UntagResourceRequest";
var _V = "Value";
var _VE = "ValidationException";
var _VI = "VpcId";
var _VIA = "ValueInArchive";
var _VIIA = "ValueInIA";
var _VIS = "ValueInStandard";
var _c = "client";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.efs";
var _se = "server";
var _tK = "tagKeys";
var n0 = "com.amazonaws.efs";
var _s_registry = new TypeRegistry(_s);
var EFSServiceException$ = [-3, _s, "EFSServiceException", 0, [], []];
_s_registry.registerError(EFSServiceException$, EFSServiceException);
var n0_registry = new TypeRegistry(n0);
var AccessPointAlreadyExists$ = [
  -3,
  n0,
  _APAE,
  { "error": _c, "httpError": 409 },
  [_EC, _API, _M],
  [0, 0, 0],
  2
];
n0_registry.registerError(AccessPointAlreadyExists$, AccessPointAlreadyExists);
var AccessPointLimitExceeded$ = [
  -3,
  n0,
  _APLE,
  { "error": _c, "httpError": 403 },
  [_EC, _M],
  [0, 0],
  1
];
n0_registry.registerError(AccessPointLimitExceeded$, AccessPointLimitExceeded);
var AccessPointNotFound$ = [
  -3,
  n0,
  _APNF,
  { "error": _c, "httpError": 404 },
  [_EC, _M],
  [0, 0],
  1
];
n0_registry.registerError(AccessPointNotFound$, AccessPointNotFound);
var AvailabilityZonesMismatch$ = [
  -3,
  n0,
  _AZM,
  { "error": _c, "httpError": 400 },
  [_EC, _M],
  [0, 0]
];
n0_registry.registerError(AvailabilityZonesMismatch$, AvailabilityZonesMismatch);
var BadRequest$ = [
  -3,
  n0,
  _BR,
  { "error": _c, "httpError": 400 },
  [_EC, _M],
  [0, 0],
  1
];
n0_registry.registerError(BadRequest$, BadRequest);
var ConflictException$ = [
  -3,
  n0,
  _CE,
  { "error": _c, "httpError": 409 },
  [_EC, _M],
  [0, 0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var DependencyTimeout$ = [
  -3,
  n0,
  _DT,
  { "error": _se, "httpError": 504 },
  [_EC, _M],
  [0, 0],
  1
];
n0_registry.registerError(DependencyTimeout$, DependencyTimeout);
var FileSystemAlreadyExists$ = [
  -3,
  n0,
  _FSAE,
  { "error": _c, "httpError": 409 },
  [_EC, _FSI, _M],
  [0, 0, 0],
  2
];
n0_registry.registerError(FileSystemAlreadyExists$, FileSystemAlreadyExists);
var FileSystemInUse$ = [
  -3,
  n0,
  _FSIU,
  { "error": _c, "httpError": 409 },
  [_EC, _M],
  [0, 0],
  1
];
n0_registry.registerError(FileSystemInUse$, FileSystemInUse);
var FileSystemLimitExceeded$ = [
  -3,
  n0,
  _FSLE,
  { "error": _c, "httpError": 403 },
  [_EC, _M],
  [0, 0],
  1
];
n0_registry.registerError(FileSystemLimitExceeded$, FileSystemLimitExceeded);
var FileSystemNotFound$ = [
  -3,
  n0,
  _FSNF,
  { "error": _c, "httpError": 404 },
  [_EC, _M],
  [0, 0],
  1
];
n0_registry.registerError(FileSystemNotFound$, FileSystemNotFound);
var IncorrectFileSystemLifeCycleState$ = [
  -3,
  n0,
  _IFSLCS,
  { "error": _c, "httpError": 409 },
  [_EC, _M],
  [0, 0],
  1
];
n0_registry.registerError(IncorrectFileSystemLifeCycleState$, IncorrectFileSystemLifeCycleState);
var IncorrectMountTargetState$ = [
  -3,
  n0,
  _IMTS,
  { "error": _c, "httpError": 409 },
  [_EC, _M],
  [0, 0],
  1
];
n0_registry.registerError(IncorrectMountTargetState$, IncorrectMountTargetState);
var InsufficientThroughputCapacity$ = [
  -3,
  n0,
  _ITC,
  { "error": _se, "httpError": 503 },
  [_EC, _M],
  [0, 0],
  1
];
n0_registry.registerError(InsufficientThroughputCapacity$, InsufficientThroughputCapacity);
var InternalServerError$ = [
  -3,
  n0,
  _ISE,
  { "error": _se, "httpError": 500 },
  [_EC, _M],
  [0, 0],
  1
];
n0_registry.registerError(InternalServerError$, InternalServerError);
var InvalidPolicyException$ = [
  -3,
  n0,
  _IPE,
  { "error": _c, "httpError": 400 },
  [_EC, _M],
  [0, 0]
];
n0_registry.registerError(InvalidPolicyException$, InvalidPolicyException);
var IpAddressInUse$ = [
  -3,
  n0,
  _IAIU,
  { "error": _c, "httpError": 409 },
  [_EC, _M],
  [0, 0],
  1
];
n0_registry.registerError(IpAddressInUse$, IpAddressInUse);
var MountTargetConflict$ = [
  -3,
  n0,
  _MTC,
  { "error": _c, "httpError": 409 },
  [_EC, _M],
  [0, 0],
  1
];
n0_registry.registerError(MountTargetConflict$, MountTargetConflict);
var MountTargetNotFound$ = [
  -3,
  n0,
  _MTNF,
  { "error": _c, "httpError": 404 },
  [_EC, _M],
  [0, 0],
  1
];
n0_registry.registerError(MountTargetNotFound$, MountTargetNotFound);
var NetworkInterfaceLimitExceeded$ = [
  -3,
  n0,
  _NILE,
  { "error": _c, "httpError": 409 },
  [_EC, _M],
  [0, 0],
  1
];
n0_registry.registerError(NetworkInterfaceLimitExceeded$, NetworkInterfaceLimitExceeded);
var NoFreeAddressesInSubnet$ = [
  -3,
  n0,
  _NFAIS,
  { "error": _c, "httpError": 409 },
  [_EC, _M],
  [0, 0],
  1
];
n0_registry.registerError(NoFreeAddressesInSubnet$, NoFreeAddressesInSubnet);
var PolicyNotFound$ = [
  -3,
  n0,
  _PNF,
  { "error": _c, "httpError": 404 },
  [_EC, _M],
  [0, 0]
];
n0_registry.registerError(PolicyNotFound$, PolicyNotFound);
var ReplicationAlreadyExists$ = [
  -3,
  n0,
  _RAE,
  { "error": _c, "httpError": 409 },
  [_EC, _M],
  [0, 0]
];
n0_registry.registerError(ReplicationAlreadyExists$, ReplicationAlreadyExists);
var ReplicationNotFound$ = [
  -3,
  n0,
  _RNF,
  { "error": _c, "httpError": 404 },
  [_EC, _M],
  [0, 0]
];
n0_registry.registerError(ReplicationNotFound$, ReplicationNotFound);
var SecurityGroupLimitExceeded$ = [
  -3,
  n0,
  _SGLE,
  { "error": _c, "httpError": 400 },
  [_EC, _M],
  [0, 0],
  1
];
n0_registry.registerError(SecurityGroupLimitExceeded$, SecurityGroupLimitExceeded);
var SecurityGroupNotFound$ = [
  -3,
  n0,
  _SGNF,
  { "error": _c, "httpError": 400 },
  [_EC, _M],
  [0, 0],
  1
];
n0_registry.registerError(SecurityGroupNotFound$, SecurityGroupNotFound);
var SubnetNotFound$ = [
  -3,
  n0,
  _SNF,
  { "error": _c, "httpError": 400 },
  [_EC, _M],
  [0, 0],
  1
];
n0_registry.registerError(SubnetNotFound$, SubnetNotFound);
var ThrottlingException$ = [
  -3,
  n0,
  _TE,
  { "error": _c, "httpError": 429 },
  [_EC, _M],
  [0, 0]
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var ThroughputLimitExceeded$ = [
  -3,
  n0,
  _TLE,
  { "error": _c, "httpError": 400 },
  [_EC, _M],
  [0, 0],
  1
];
n0_registry.registerError(ThroughputLimitExceeded$, ThroughputLimitExceeded);
var TooManyRequests$ = [
  -3,
  n0,
  _TMR,
  { "error": _c, "httpError": 429 },
  [_EC, _M],
  [0, 0],
  1
];
n0_registry.registerError(TooManyRequests$, TooManyRequests);
var UnsupportedAvailabilityZone$ = [
  -3,
  n0,
  _UAZ,
  { "error": _c, "httpError": 400 },
  [_EC, _M],
  [0, 0],
  1
];
n0_registry.registerError(UnsupportedAvailabilityZone$, UnsupportedAvailabilityZone);
var ValidationException$ = [
  -3,
  n0,
  _VE,
  { "error": _c, "httpError": 400 },
  [_EC, _M],
  [0, 0],
  1
];
n0_registry.registerError(ValidationException$, ValidationException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AccessPointDescription$ = [
  3,
  n0,
  _APD,
  0,
  [_CT, _N, _T, _API, _APA, _FSI, _PU, _RD, _OI, _LCS],
  [0, 0, () => Tags, 0, 0, 0, () => PosixUser$, () => RootDirectory$, 0, 0]
];
var CreateMountTargetRequest$ = [
  3,
  n0,
  _CMTR,
  0,
  [_FSI, _SI, _IA, _IAp, _IAT, _SG],
  [0, 0, 0, 0, 0, 64 | 0],
  2
];
var CreationInfo$ = [
  3,
  n0,
  _CI,
  0,
  [_OU, _OG, _P],
  [1, 1, 0],
  3
];
var DeleteTagsRequest$ = [
  3,
  n0,
  _DTR,
  0,
  [_FSI, _TK],
  [[0, 1], 64 | 0],
  2
];
var DescribeAccessPointsRequest$ = [
  3,
  n0,
  _DAPRe,
  0,
  [_MR, _NT, _API, _FSI],
  [[1, { "httpQuery": _MR }], [0, { "httpQuery": _NT }], [0, { "httpQuery": _API }], [0, { "httpQuery": _FSI }]]
];
var DescribeAccessPointsResponse$ = [
  3,
  n0,
  _DAPRes,
  0,
  [_AP, _NT],
  [() => AccessPointDescriptions, 0]
];
var DescribeFileSystemPolicyRequest$ = [
  3,
  n0,
  _DFSPRe,
  0,
  [_FSI],
  [[0, 1]],
  1
];
var DescribeFileSystemsRequest$ = [
  3,
  n0,
  _DFSRe,
  0,
  [_MI, _Ma, _CTr, _FSI],
  [[1, { "httpQuery": _MI }], [0, { "httpQuery": _Ma }], [0, { "httpQuery": _CTr }], [0, { "httpQuery": _FSI }]]
];
var DescribeFileSystemsResponse$ = [
  3,
  n0,
  _DFSRes,
  0,
  [_Ma, _FS, _NM],
  [0, () => FileSystemDescriptions, 0]
];
var DescribeMountTargetSecurityGroupsRequest$ = [
  3,
  n0,
  _DMTSGR,
  0,
  [_MTI],
  [[0, 1]],
  1
];
var DescribeMountTargetSecurityGroupsResponse$ = [
  3,
  n0,
  _DMTSGRe,
  0,
  [_SG],
  [64 | 0],
  1
];
var DescribeMountTargetsRequest$ = [
  3,
  n0,
  _DMTRe,
  0,
  [_MI, _Ma, _FSI, _MTI, _API],
  [[1, { "httpQuery": _MI }], [0, { "httpQuery": _Ma }], [0, { "httpQuery": _FSI }], [0, { "httpQuery": _MTI }], [0, { "httpQuery": _API }]]
];
var DescribeMountTargetsResponse$ = [
  3,
  n0,
  _DMTRes,
  0,
  [_Ma, _MT, _NM],
  [0, () => MountTargetDescriptions, 0]
];
var FileSystemDescription$ = [
  3,
  n0,
  _FSD,
  0,
  [_OI, _CTr, _FSI, _CTre, _LCS, _NOMT, _SIB, _PM, _T, _FSA, _N, _E, _KKI, _TM, _PTIM, _AZN, _AZI, _FSP],
  [0, 0, 0, 4, 0, 1, () => FileSystemSize$, 0, () => Tags, 0, 0, 2, 0, 0, 1, 0, 0, () => FileSystemProtectionDescription$],
  9
];
var FileSystemPolicyDescription$ = [
  3,
  n0,
  _FSPD,
  0,
  [_FSI, _Po],
  [0, 0]
];
var FileSystemProtectionDescription$ = [
  3,
  n0,
  _FSPDi,
  0,
  [_ROP],
  [0]
];
var FileSystemSize$ = [
  3,
  n0,
  _FSS,
  0,
  [_V, _Ti, _VIIA, _VIS, _VIA],
  [1, 4, 1, 1, 1],
  1
];
var ModifyMountTargetSecurityGroupsRequest$ = [
  3,
  n0,
  _MMTSGR,
  0,
  [_MTI, _SG],
  [[0, 1], 64 | 0],
  1
];
var MountTargetDescription$ = [
  3,
  n0,
  _MTD,
  0,
  [_MTI, _FSI, _SI, _LCS, _OI, _IA, _IAp, _NII, _AZI, _AZN, _VI],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  4
];
var PosixUser$ = [
  3,
  n0,
  _PU,
  0,
  [_U, _G, _SGe],
  [1, 1, 64 | 1],
  2
];
var ResourceIdPreference$ = [
  3,
  n0,
  _RIP,
  0,
  [_RIT, _Res],
  [0, 64 | 0]
];
var RootDirectory$ = [
  3,
  n0,
  _RD,
  0,
  [_Pa, _CI],
  [0, () => CreationInfo$]
];
var Tag$ = [
  3,
  n0,
  _Ta,
  0,
  [_K, _V],
  [0, 0],
  2
];
var UntagResourceRequest$ = [
  3,
  n0,
  _URR,
  0,
  [_RI, _TK],
  [[0, 1], [64 | 0, { "httpQuery": _tK }]],
  2
];
var AccessPointDescriptions = [
  1,
  n0,
  _APDc,
  0,
  () => AccessPointDescription$
];
var FileSystemDescriptions = [
  1,
  n0,
  _FSDi,
  0,
  () => FileSystemDescription$
];
var MountTargetDescriptions = [
  1,
  n0,
  _MTDo,
  0,
  () => MountTargetDescription$
];
var Resources = 64 | 0;
var SecondaryGids = 64 | 1;
var SecurityGroups = 64 | 0;
var TagKeys = 64 | 0;
var Tags = [
  1,
  n0,
  _T,
  0,
  () => Tag$
];
var DescribeAccessPoints$ = [
  9,
  n0,
  _DAPe,
  { "http": ["GET", "/2015-02-01/access-points", 200] },
  () => DescribeAccessPointsRequest$,
  () => DescribeAccessPointsResponse$
];
var DescribeFileSystemPolicy$ = [
  9,
  n0,
  _DFSPe,
  { "http": ["GET", "/2015-02-01/file-systems/{FileSystemId}/policy", 200] },
  () => DescribeFileSystemPolicyRequest$,
  () => FileSystemPolicyDescription$
];
var DescribeFileSystems$ = [
  9,
  n0,
  _DFSe,
  { "http": ["GET", "/2015-02-01/file-systems", 200] },
  () => DescribeFileSystemsRequest$,
  () => DescribeFileSystemsResponse$
];
var DescribeMountTargets$ = [
  9,
  n0,
  _DMTe,
  { "http": ["GET", "/2015-02-01/mount-targets", 200] },
  () => DescribeMountTargetsRequest$,
  () => DescribeMountTargetsResponse$
];
var DescribeMountTargetSecurityGroups$ = [
  9,
  n0,
  _DMTSG,
  { "http": ["GET", "/2015-02-01/mount-targets/{MountTargetId}/security-groups", 200] },
  () => DescribeMountTargetSecurityGroupsRequest$,
  () => DescribeMountTargetSecurityGroupsResponse$
];

// node_modules/@aws-sdk/client-efs/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2015-02-01",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultEFSHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsRestJsonProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.efs",
      errorTypeRegistries,
      version: "2015-02-01",
      serviceTarget: "MagnolioAPIService_v20150201"
    },
    serviceId: config?.serviceId ?? "EFS",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-efs/dist-es/runtimeConfig.js
var getRuntimeConfig2 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig(config);
  emitWarningIfUnsupportedVersion(process.version);
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default.version }),
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-efs/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme) {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) {
        _httpAuthSchemes.push(httpAuthScheme);
      } else {
        _httpAuthSchemes.splice(index, 1, httpAuthScheme);
      }
    },
    httpAuthSchemes() {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider() {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials) {
      _credentials = credentials;
    },
    credentials() {
      return _credentials;
    }
  };
};
var resolveHttpAuthRuntimeConfig = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-efs/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-efs/dist-es/EFSClient.js
var EFSClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig2(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
    const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultEFSHttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

export {
  commonParams,
  DescribeAccessPoints$,
  DescribeFileSystemPolicy$,
  DescribeFileSystems$,
  DescribeMountTargets$,
  DescribeMountTargetSecurityGroups$,
  EFSClient
};
