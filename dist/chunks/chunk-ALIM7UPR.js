import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  defaultProvider
} from "./chunk-BW6FY5JI.js";
import {
  AwsQueryProtocol,
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

// node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/auth/httpAuthSchemeProvider.js
var defaultElasticLoadBalancingV2HttpAuthSchemeParametersProvider = async (config, context, input) => {
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
      name: "elasticloadbalancing",
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
var defaultElasticLoadBalancingV2HttpAuthSchemeProvider = (authParameters) => {
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

// node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "elasticloadbalancing"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-elastic-load-balancing-v2/package.json
var package_default = {
  name: "@aws-sdk/client-elastic-load-balancing-v2",
  version: "3.1142.0",
  description: "AWS SDK for JavaScript Elastic Load Balancing V2 Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-elastic-load-balancing-v2",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-elastic-load-balancing-v2"
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

// node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/endpoint/bdd.js
var k = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "getAttr";
var g = { [k]: "Endpoint" };
var h = { [k]: d };
var i = {};
var j = [{ [k]: "Region" }];
var _data = {
  conditions: [
    [c, [g]],
    [c, j],
    ["aws.partition", j, d],
    [e, [{ [k]: "UseFIPS" }, b]],
    [e, [{ [k]: "UseDualStack" }, b]],
    [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
    [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
    ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [g, i],
    ["https://elasticloadbalancing-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://elasticloadbalancing.{Region}.amazonaws.com", i],
    ["https://elasticloadbalancing-fips.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://elasticloadbalancing.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://elasticloadbalancing.{Region}.{PartitionResult#dnsSuffix}", i],
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
  13,
  3,
  1,
  4,
  r + 12,
  2,
  5,
  r + 12,
  3,
  8,
  6,
  4,
  7,
  r + 11,
  5,
  r + 9,
  r + 10,
  4,
  11,
  9,
  6,
  10,
  r + 8,
  7,
  r + 6,
  r + 7,
  5,
  12,
  r + 5,
  6,
  r + 4,
  r + 5,
  3,
  r + 1,
  14,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/endpoint/endpointResolver.js
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

// node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/models/ElasticLoadBalancingV2ServiceException.js
var ElasticLoadBalancingV2ServiceException = class _ElasticLoadBalancingV2ServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _ElasticLoadBalancingV2ServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/models/errors.js
var CertificateNotFoundException = class _CertificateNotFoundException extends ElasticLoadBalancingV2ServiceException {
  name = "CertificateNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CertificateNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CertificateNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var ListenerNotFoundException = class _ListenerNotFoundException extends ElasticLoadBalancingV2ServiceException {
  name = "ListenerNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ListenerNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ListenerNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var TooManyCertificatesException = class _TooManyCertificatesException extends ElasticLoadBalancingV2ServiceException {
  name = "TooManyCertificatesException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyCertificatesException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyCertificatesException.prototype);
    this.Message = opts.Message;
  }
};
var DuplicateTagKeysException = class _DuplicateTagKeysException extends ElasticLoadBalancingV2ServiceException {
  name = "DuplicateTagKeysException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DuplicateTagKeysException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DuplicateTagKeysException.prototype);
    this.Message = opts.Message;
  }
};
var LoadBalancerNotFoundException = class _LoadBalancerNotFoundException extends ElasticLoadBalancingV2ServiceException {
  name = "LoadBalancerNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "LoadBalancerNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LoadBalancerNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var RuleNotFoundException = class _RuleNotFoundException extends ElasticLoadBalancingV2ServiceException {
  name = "RuleNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "RuleNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RuleNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var TargetGroupNotFoundException = class _TargetGroupNotFoundException extends ElasticLoadBalancingV2ServiceException {
  name = "TargetGroupNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TargetGroupNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TargetGroupNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var TooManyTagsException = class _TooManyTagsException extends ElasticLoadBalancingV2ServiceException {
  name = "TooManyTagsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyTagsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyTagsException.prototype);
    this.Message = opts.Message;
  }
};
var TrustStoreNotFoundException = class _TrustStoreNotFoundException extends ElasticLoadBalancingV2ServiceException {
  name = "TrustStoreNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TrustStoreNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TrustStoreNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidRevocationContentException = class _InvalidRevocationContentException extends ElasticLoadBalancingV2ServiceException {
  name = "InvalidRevocationContentException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidRevocationContentException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidRevocationContentException.prototype);
    this.Message = opts.Message;
  }
};
var RevocationContentNotFoundException = class _RevocationContentNotFoundException extends ElasticLoadBalancingV2ServiceException {
  name = "RevocationContentNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "RevocationContentNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RevocationContentNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var TooManyTrustStoreRevocationEntriesException = class _TooManyTrustStoreRevocationEntriesException extends ElasticLoadBalancingV2ServiceException {
  name = "TooManyTrustStoreRevocationEntriesException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyTrustStoreRevocationEntriesException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyTrustStoreRevocationEntriesException.prototype);
    this.Message = opts.Message;
  }
};
var AllocationIdNotFoundException = class _AllocationIdNotFoundException extends ElasticLoadBalancingV2ServiceException {
  name = "AllocationIdNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AllocationIdNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AllocationIdNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var ALPNPolicyNotSupportedException = class _ALPNPolicyNotSupportedException extends ElasticLoadBalancingV2ServiceException {
  name = "ALPNPolicyNotSupportedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ALPNPolicyNotSupportedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ALPNPolicyNotSupportedException.prototype);
    this.Message = opts.Message;
  }
};
var AvailabilityZoneNotSupportedException = class _AvailabilityZoneNotSupportedException extends ElasticLoadBalancingV2ServiceException {
  name = "AvailabilityZoneNotSupportedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AvailabilityZoneNotSupportedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AvailabilityZoneNotSupportedException.prototype);
    this.Message = opts.Message;
  }
};
var CaCertificatesBundleNotFoundException = class _CaCertificatesBundleNotFoundException extends ElasticLoadBalancingV2ServiceException {
  name = "CaCertificatesBundleNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CaCertificatesBundleNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CaCertificatesBundleNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var CapacityDecreaseRequestsLimitExceededException = class _CapacityDecreaseRequestsLimitExceededException extends ElasticLoadBalancingV2ServiceException {
  name = "CapacityDecreaseRequestsLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CapacityDecreaseRequestsLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CapacityDecreaseRequestsLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var CapacityReservationPendingException = class _CapacityReservationPendingException extends ElasticLoadBalancingV2ServiceException {
  name = "CapacityReservationPendingException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CapacityReservationPendingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CapacityReservationPendingException.prototype);
    this.Message = opts.Message;
  }
};
var CapacityUnitsLimitExceededException = class _CapacityUnitsLimitExceededException extends ElasticLoadBalancingV2ServiceException {
  name = "CapacityUnitsLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CapacityUnitsLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CapacityUnitsLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var DuplicateListenerException = class _DuplicateListenerException extends ElasticLoadBalancingV2ServiceException {
  name = "DuplicateListenerException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DuplicateListenerException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DuplicateListenerException.prototype);
    this.Message = opts.Message;
  }
};
var IncompatibleProtocolsException = class _IncompatibleProtocolsException extends ElasticLoadBalancingV2ServiceException {
  name = "IncompatibleProtocolsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "IncompatibleProtocolsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IncompatibleProtocolsException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidConfigurationRequestException = class _InvalidConfigurationRequestException extends ElasticLoadBalancingV2ServiceException {
  name = "InvalidConfigurationRequestException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidConfigurationRequestException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidConfigurationRequestException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidLoadBalancerActionException = class _InvalidLoadBalancerActionException extends ElasticLoadBalancingV2ServiceException {
  name = "InvalidLoadBalancerActionException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidLoadBalancerActionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidLoadBalancerActionException.prototype);
    this.Message = opts.Message;
  }
};
var SSLPolicyNotFoundException = class _SSLPolicyNotFoundException extends ElasticLoadBalancingV2ServiceException {
  name = "SSLPolicyNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "SSLPolicyNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SSLPolicyNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var TargetGroupAssociationLimitException = class _TargetGroupAssociationLimitException extends ElasticLoadBalancingV2ServiceException {
  name = "TargetGroupAssociationLimitException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TargetGroupAssociationLimitException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TargetGroupAssociationLimitException.prototype);
    this.Message = opts.Message;
  }
};
var TooManyActionsException = class _TooManyActionsException extends ElasticLoadBalancingV2ServiceException {
  name = "TooManyActionsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyActionsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyActionsException.prototype);
    this.Message = opts.Message;
  }
};
var TooManyListenersException = class _TooManyListenersException extends ElasticLoadBalancingV2ServiceException {
  name = "TooManyListenersException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyListenersException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyListenersException.prototype);
    this.Message = opts.Message;
  }
};
var TooManyRegistrationsForTargetIdException = class _TooManyRegistrationsForTargetIdException extends ElasticLoadBalancingV2ServiceException {
  name = "TooManyRegistrationsForTargetIdException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyRegistrationsForTargetIdException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyRegistrationsForTargetIdException.prototype);
    this.Message = opts.Message;
  }
};
var TooManyTargetsException = class _TooManyTargetsException extends ElasticLoadBalancingV2ServiceException {
  name = "TooManyTargetsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyTargetsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyTargetsException.prototype);
    this.Message = opts.Message;
  }
};
var TooManyUniqueTargetGroupsPerLoadBalancerException = class _TooManyUniqueTargetGroupsPerLoadBalancerException extends ElasticLoadBalancingV2ServiceException {
  name = "TooManyUniqueTargetGroupsPerLoadBalancerException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyUniqueTargetGroupsPerLoadBalancerException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyUniqueTargetGroupsPerLoadBalancerException.prototype);
    this.Message = opts.Message;
  }
};
var TrustStoreNotReadyException = class _TrustStoreNotReadyException extends ElasticLoadBalancingV2ServiceException {
  name = "TrustStoreNotReadyException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TrustStoreNotReadyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TrustStoreNotReadyException.prototype);
    this.Message = opts.Message;
  }
};
var UnsupportedProtocolException = class _UnsupportedProtocolException extends ElasticLoadBalancingV2ServiceException {
  name = "UnsupportedProtocolException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "UnsupportedProtocolException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedProtocolException.prototype);
    this.Message = opts.Message;
  }
};
var DuplicateLoadBalancerNameException = class _DuplicateLoadBalancerNameException extends ElasticLoadBalancingV2ServiceException {
  name = "DuplicateLoadBalancerNameException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DuplicateLoadBalancerNameException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DuplicateLoadBalancerNameException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidSchemeException = class _InvalidSchemeException extends ElasticLoadBalancingV2ServiceException {
  name = "InvalidSchemeException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidSchemeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSchemeException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidSecurityGroupException = class _InvalidSecurityGroupException extends ElasticLoadBalancingV2ServiceException {
  name = "InvalidSecurityGroupException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidSecurityGroupException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSecurityGroupException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidSubnetException = class _InvalidSubnetException extends ElasticLoadBalancingV2ServiceException {
  name = "InvalidSubnetException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidSubnetException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSubnetException.prototype);
    this.Message = opts.Message;
  }
};
var OperationNotPermittedException = class _OperationNotPermittedException extends ElasticLoadBalancingV2ServiceException {
  name = "OperationNotPermittedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OperationNotPermittedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OperationNotPermittedException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceInUseException = class _ResourceInUseException extends ElasticLoadBalancingV2ServiceException {
  name = "ResourceInUseException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceInUseException.prototype);
    this.Message = opts.Message;
  }
};
var SubnetNotFoundException = class _SubnetNotFoundException extends ElasticLoadBalancingV2ServiceException {
  name = "SubnetNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "SubnetNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SubnetNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var TooManyLoadBalancersException = class _TooManyLoadBalancersException extends ElasticLoadBalancingV2ServiceException {
  name = "TooManyLoadBalancersException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyLoadBalancersException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyLoadBalancersException.prototype);
    this.Message = opts.Message;
  }
};
var PriorityInUseException = class _PriorityInUseException extends ElasticLoadBalancingV2ServiceException {
  name = "PriorityInUseException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "PriorityInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PriorityInUseException.prototype);
    this.Message = opts.Message;
  }
};
var TooManyRulesException = class _TooManyRulesException extends ElasticLoadBalancingV2ServiceException {
  name = "TooManyRulesException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyRulesException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyRulesException.prototype);
    this.Message = opts.Message;
  }
};
var TooManyTargetGroupsException = class _TooManyTargetGroupsException extends ElasticLoadBalancingV2ServiceException {
  name = "TooManyTargetGroupsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyTargetGroupsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyTargetGroupsException.prototype);
    this.Message = opts.Message;
  }
};
var DuplicateTargetGroupNameException = class _DuplicateTargetGroupNameException extends ElasticLoadBalancingV2ServiceException {
  name = "DuplicateTargetGroupNameException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DuplicateTargetGroupNameException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DuplicateTargetGroupNameException.prototype);
    this.Message = opts.Message;
  }
};
var DuplicateTrustStoreNameException = class _DuplicateTrustStoreNameException extends ElasticLoadBalancingV2ServiceException {
  name = "DuplicateTrustStoreNameException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DuplicateTrustStoreNameException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DuplicateTrustStoreNameException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidCaCertificatesBundleException = class _InvalidCaCertificatesBundleException extends ElasticLoadBalancingV2ServiceException {
  name = "InvalidCaCertificatesBundleException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidCaCertificatesBundleException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidCaCertificatesBundleException.prototype);
    this.Message = opts.Message;
  }
};
var TooManyTrustStoresException = class _TooManyTrustStoresException extends ElasticLoadBalancingV2ServiceException {
  name = "TooManyTrustStoresException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TooManyTrustStoresException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyTrustStoresException.prototype);
    this.Message = opts.Message;
  }
};
var DeleteAssociationSameAccountException = class _DeleteAssociationSameAccountException extends ElasticLoadBalancingV2ServiceException {
  name = "DeleteAssociationSameAccountException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DeleteAssociationSameAccountException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DeleteAssociationSameAccountException.prototype);
    this.Message = opts.Message;
  }
};
var TrustStoreAssociationNotFoundException = class _TrustStoreAssociationNotFoundException extends ElasticLoadBalancingV2ServiceException {
  name = "TrustStoreAssociationNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TrustStoreAssociationNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TrustStoreAssociationNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var TrustStoreInUseException = class _TrustStoreInUseException extends ElasticLoadBalancingV2ServiceException {
  name = "TrustStoreInUseException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TrustStoreInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TrustStoreInUseException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidTargetException = class _InvalidTargetException extends ElasticLoadBalancingV2ServiceException {
  name = "InvalidTargetException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidTargetException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTargetException.prototype);
    this.Message = opts.Message;
  }
};
var HealthUnavailableException = class _HealthUnavailableException extends ElasticLoadBalancingV2ServiceException {
  name = "HealthUnavailableException";
  $fault = "server";
  Message;
  constructor(opts) {
    super({
      name: "HealthUnavailableException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _HealthUnavailableException.prototype);
    this.Message = opts.Message;
  }
};
var RevocationIdNotFoundException = class _RevocationIdNotFoundException extends ElasticLoadBalancingV2ServiceException {
  name = "RevocationIdNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "RevocationIdNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RevocationIdNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceNotFoundException = class _ResourceNotFoundException extends ElasticLoadBalancingV2ServiceException {
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
var InsufficientCapacityException = class _InsufficientCapacityException extends ElasticLoadBalancingV2ServiceException {
  name = "InsufficientCapacityException";
  $fault = "server";
  Message;
  constructor(opts) {
    super({
      name: "InsufficientCapacityException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientCapacityException.prototype);
    this.Message = opts.Message;
  }
};
var PriorRequestNotCompleteException = class _PriorRequestNotCompleteException extends ElasticLoadBalancingV2ServiceException {
  name = "PriorRequestNotCompleteException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "PriorRequestNotCompleteException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PriorRequestNotCompleteException.prototype);
    this.Message = opts.Message;
  }
};

// node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/schemas/schemas_0.js
var _A = "Action";
var _AC = "AdditionalClaims";
var _ACAC = "AuthenticateCognitoActionConfig";
var _ACC = "AuthenticateCognitoConfig";
var _AD = "AnomalyDetection";
var _AE = "AuthorizationEndpoint";
var _AI = "AllocationId";
var _AINFE = "AllocationIdNotFoundException";
var _ALPNPNSE = "ALPNPolicyNotSupportedException";
var _AO = "AdministrativeOverride";
var _AOAC = "AuthenticateOidcActionConfig";
var _AOC = "AuthenticateOidcConfig";
var _AP = "AlpnPolicy";
var _AREP = "AuthenticationRequestExtraParams";
var _ATI = "AddTagsInput";
var _ATSCN = "AdvertiseTrustStoreCaNames";
var _AZ = "AvailabilityZone";
var _AZNSE = "AvailabilityZoneNotSupportedException";
var _AZv = "AvailabilityZones";
var _Ac = "Actions";
var _C = "Certificates";
var _CA = "CertificateArn";
var _CCBNFE = "CaCertificatesBundleNotFoundException";
var _CDRLEE = "CapacityDecreaseRequestsLimitExceededException";
var _CHZI = "CanonicalHostedZoneId";
var _CI = "ClientId";
var _CL = "CertificateList";
var _CLBI = "CreateLoadBalancerInput";
var _CLI = "CreateListenerInput";
var _CNFE = "CertificateNotFoundException";
var _COIP = "CustomerOwnedIpv4Pool";
var _CRPE = "CapacityReservationPendingException";
var _CS = "ClientSecret";
var _CT = "ContentType";
var _CTr = "CreatedTime";
var _CULEE = "CapacityUnitsLimitExceededException";
var _Ce = "Certificate";
var _Ci = "Cipher";
var _Cip = "Ciphers";
var _Co = "Code";
var _D = "Description";
var _DA = "DefaultActions";
var _DASAE = "DeleteAssociationSameAccountException";
var _DLBIe = "DescribeLoadBalancersInput";
var _DLBNE = "DuplicateLoadBalancerNameException";
var _DLBOe = "DescribeLoadBalancersOutput";
var _DLBe = "DescribeLoadBalancers";
var _DLE = "DuplicateListenerException";
var _DLIe = "DescribeListenersInput";
var _DNSN = "DNSName";
var _DRIe = "DescribeRulesInput";
var _DS = "DurationSeconds";
var _DSSLPI = "DescribeSSLPoliciesInput";
var _DTGIe = "DescribeTargetGroupsInput";
var _DTGNE = "DuplicateTargetGroupNameException";
var _DTGOe = "DescribeTargetGroupsOutput";
var _DTGe = "DescribeTargetGroups";
var _DTH = "DescribeTargetHealth";
var _DTHI = "DescribeTargetHealthInput";
var _DTHO = "DescribeTargetHealthOutput";
var _DTIe = "DescribeTagsInput";
var _DTKE = "DuplicateTagKeysException";
var _DTSIe = "DescribeTrustStoresInput";
var _DTSNE = "DuplicateTrustStoreNameException";
var _DTSRI = "DescribeTrustStoreRevocationsInput";
var _E = "Enabled";
var _EPFISN = "EnablePrefixForIpv6SourceNat";
var _ESGIROPLT = "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic";
var _F = "Format";
var _FAC = "ForwardActionConfig";
var _FC = "ForwardConfig";
var _FRAC = "FixedResponseActionConfig";
var _FRC = "FixedResponseConfig";
var _Fi = "Field";
var _GC = "GrpcCode";
var _H = "Host";
var _HC = "HttpCode";
var _HCE = "HealthCheckEnabled";
var _HCIS = "HealthCheckIntervalSeconds";
var _HCP = "HealthCheckProtocol";
var _HCPe = "HealthCheckPort";
var _HCPea = "HealthCheckPath";
var _HCTS = "HealthCheckTimeoutSeconds";
var _HHC = "HostHeaderConfig";
var _HHCC = "HostHeaderConditionConfig";
var _HHCCt = "HttpHeaderConditionConfig";
var _HHCt = "HttpHeaderConfig";
var _HHN = "HttpHeaderName";
var _HRMC = "HttpRequestMethodConfig";
var _HRMCC = "HttpRequestMethodConditionConfig";
var _HTC = "HealthyThresholdCount";
var _HUE = "HealthUnavailableException";
var _I = "Issuer";
var _IA = "IpAddress";
var _IAT = "IpAddressType";
var _ICCBE = "InvalidCaCertificatesBundleException";
var _ICCE = "IgnoreClientCertificateExpiry";
var _ICE = "InsufficientCapacityException";
var _ICRE = "InvalidConfigurationRequestException";
var _ID = "IsDefault";
var _IIPI = "Ipv4IpamPoolId";
var _ILBAE = "InvalidLoadBalancerActionException";
var _IP = "IpamPools";
var _IPA = "IPv6Address";
var _IPE = "IncompatibleProtocolsException";
var _IRCE = "InvalidRevocationContentException";
var _ISE = "InvalidSchemeException";
var _ISEn = "InvalidSubnetException";
var _ISGE = "InvalidSecurityGroupException";
var _ITE = "InvalidTargetException";
var _Id = "Id";
var _In = "Include";
var _JE = "JwksEndpoint";
var _JVAAC = "JwtValidationActionAdditionalClaim";
var _JVAACw = "JwtValidationActionAdditionalClaims";
var _JVAC = "JwtValidationActionConfig";
var _JVC = "JwtValidationConfig";
var _K = "Key";
var _LA = "ListenerArn";
var _LAi = "ListenerArns";
var _LB = "LoadBalancers";
var _LBA = "LoadBalancerAddresses";
var _LBAo = "LoadBalancerArn";
var _LBAoa = "LoadBalancerArns";
var _LBAoad = "LoadBalancerAddress";
var _LBN = "LoadBalancerName";
var _LBNFE = "LoadBalancerNotFoundException";
var _LBS = "LoadBalancerState";
var _LBT = "LoadBalancerType";
var _LBo = "LoadBalancer";
var _LNFE = "ListenerNotFoundException";
var _Lis = "Listener";
var _M = "Message";
var _MA = "MutualAuthentication";
var _MAA = "MutualAuthenticationAttributes";
var _MB = "MessageBody";
var _MIE = "MitigationInEffect";
var _MIPI = "ModifyIpPoolsInput";
var _MLI = "ModifyListenerInput";
var _Ma = "Matcher";
var _Mar = "Marker";
var _Mo = "Mode";
var _N = "Name";
var _NM = "NextMarker";
var _Na = "Names";
var _O = "Order";
var _OI = "OutpostId";
var _ONPE = "OperationNotPermittedException";
var _OUR = "OnUnauthenticatedRequest";
var _P = "Priority";
var _PIPA = "PrivateIPv4Address";
var _PIUE = "PriorityInUseException";
var _PPC = "PathPatternConfig";
var _PPCC = "PathPatternConditionConfig";
var _PRNCE = "PriorRequestNotCompleteException";
var _PS = "PageSize";
var _PV = "ProtocolVersion";
var _Pa = "Path";
var _Po = "Port";
var _Pr = "Protocol";
var _Q = "Query";
var _QSC = "QueryStringConfig";
var _QSCC = "QueryStringConditionConfig";
var _QSI = "QuicServerId";
var _QSKVP = "QueryStringKeyValuePair";
var _QSKVPL = "QueryStringKeyValuePairList";
var _R = "Reason";
var _RA = "ResourceArns";
var _RAC = "RedirectActionConfig";
var _RAul = "RuleArns";
var _RC = "RedirectConfig";
var _RCNFE = "RevocationContentNotFoundException";
var _RCu = "RuleCondition";
var _RINFE = "RevocationIdNotFoundException";
var _RIP = "RemoveIpamPools";
var _RIUE = "ResourceInUseException";
var _RIe = "RevocationIds";
var _RNFE = "ResourceNotFoundException";
var _RNFEu = "RuleNotFoundException";
var _RTIe = "RemoveTagsInput";
var _RTSRI = "RemoveTrustStoreRevocationsInput";
var _RV = "RegexValues";
var _Re = "Result";
var _S = "State";
var _SC = "StatusCode";
var _SCN = "SessionCookieName";
var _SG = "SecurityGroups";
var _SGI = "SecurityGroupIds";
var _SI = "SubnetId";
var _SIC = "SourceIpConfig";
var _SICC = "SourceIpConditionConfig";
var _SLBT = "SupportedLoadBalancerTypes";
var _SM = "SubnetMappings";
var _SMu = "SubnetMapping";
var _SNFE = "SubnetNotFoundException";
var _SNIP = "SourceNatIpv6Prefixes";
var _SNIPo = "SourceNatIpv6Prefix";
var _SP = "SslPolicy";
var _SPsl = "SslProtocols";
var _SSGI = "SetSecurityGroupsInput";
var _SSGO = "SetSecurityGroupsOutput";
var _SSI = "SetSubnetsInput";
var _SSLPNFE = "SSLPolicyNotFoundException";
var _ST = "SessionTimeout";
var _Sc = "Scope";
var _Sch = "Scheme";
var _Su = "Subnets";
var _T = "Type";
var _TCP = "TargetControlPort";
var _TDar = "TargetDescription";
var _TDarg = "TargetDescriptions";
var _TE = "TokenEndpoint";
var _TG = "TargetGroups";
var _TGA = "TargetGroupArn";
var _TGALE = "TargetGroupAssociationLimitException";
var _TGAa = "TargetGroupArns";
var _TGL = "TargetGroupList";
var _TGN = "TargetGroupName";
var _TGNFE = "TargetGroupNotFoundException";
var _TGSC = "TargetGroupStickinessConfig";
var _TGT = "TargetGroupTuple";
var _TGa = "TargetGroup";
var _TH = "TargetHealth";
var _THD = "TargetHealthDescriptions";
var _THDa = "TargetHealthDescription";
var _TK = "TagKeys";
var _TL = "TagList";
var _TMAE = "TooManyActionsException";
var _TMCE = "TooManyCertificatesException";
var _TMLBE = "TooManyLoadBalancersException";
var _TMLE = "TooManyListenersException";
var _TMRE = "TooManyRulesException";
var _TMRFTIE = "TooManyRegistrationsForTargetIdException";
var _TMTE = "TooManyTagsException";
var _TMTEo = "TooManyTargetsException";
var _TMTGE = "TooManyTargetGroupsException";
var _TMTSE = "TooManyTrustStoresException";
var _TMTSREE = "TooManyTrustStoreRevocationEntriesException";
var _TMUTGPLBE = "TooManyUniqueTargetGroupsPerLoadBalancerException";
var _TSA = "TrustStoreArn";
var _TSANFE = "TrustStoreAssociationNotFoundException";
var _TSAS = "TrustStoreAssociationStatus";
var _TSAru = "TrustStoreArns";
var _TSIUE = "TrustStoreInUseException";
var _TSNFE = "TrustStoreNotFoundException";
var _TSNRE = "TrustStoreNotReadyException";
var _TT = "TargetType";
var _Ta = "Tags";
var _Tag = "Tag";
var _Tar = "Targets";
var _Targ = "Target";
var _UECS = "UseExistingClientSecret";
var _UIE = "UserInfoEndpoint";
var _UPA = "UserPoolArn";
var _UPCI = "UserPoolClientId";
var _UPD = "UserPoolDomain";
var _UPE = "UnsupportedProtocolException";
var _UTC = "UnhealthyThresholdCount";
var _V = "Values";
var _VI = "VpcId";
var _Va = "Value";
var _W = "Weight";
var _ZN = "ZoneName";
var _c = "client";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.elasticloadbalancingv2";
var _se = "server";
var n0 = "com.amazonaws.elasticloadbalancingv2";
var _s_registry = new TypeRegistry(_s);
var ElasticLoadBalancingV2ServiceException$ = [-3, _s, "ElasticLoadBalancingV2ServiceException", 0, [], []];
_s_registry.registerError(ElasticLoadBalancingV2ServiceException$, ElasticLoadBalancingV2ServiceException);
var n0_registry = new TypeRegistry(n0);
var AllocationIdNotFoundException$ = [
  -3,
  n0,
  _AINFE,
  { "awsQueryError": [`AllocationIdNotFound`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(AllocationIdNotFoundException$, AllocationIdNotFoundException);
var ALPNPolicyNotSupportedException$ = [
  -3,
  n0,
  _ALPNPNSE,
  { "awsQueryError": [`ALPNPolicyNotFound`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(ALPNPolicyNotSupportedException$, ALPNPolicyNotSupportedException);
var AvailabilityZoneNotSupportedException$ = [
  -3,
  n0,
  _AZNSE,
  { "awsQueryError": [`AvailabilityZoneNotSupported`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(AvailabilityZoneNotSupportedException$, AvailabilityZoneNotSupportedException);
var CaCertificatesBundleNotFoundException$ = [
  -3,
  n0,
  _CCBNFE,
  { "awsQueryError": [`CaCertificatesBundleNotFound`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(CaCertificatesBundleNotFoundException$, CaCertificatesBundleNotFoundException);
var CapacityDecreaseRequestsLimitExceededException$ = [
  -3,
  n0,
  _CDRLEE,
  { "awsQueryError": [`CapacityDecreaseRequestLimitExceeded`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(CapacityDecreaseRequestsLimitExceededException$, CapacityDecreaseRequestsLimitExceededException);
var CapacityReservationPendingException$ = [
  -3,
  n0,
  _CRPE,
  { "awsQueryError": [`CapacityReservationPending`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(CapacityReservationPendingException$, CapacityReservationPendingException);
var CapacityUnitsLimitExceededException$ = [
  -3,
  n0,
  _CULEE,
  { "awsQueryError": [`CapacityUnitsLimitExceeded`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(CapacityUnitsLimitExceededException$, CapacityUnitsLimitExceededException);
var CertificateNotFoundException$ = [
  -3,
  n0,
  _CNFE,
  { "awsQueryError": [`CertificateNotFound`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(CertificateNotFoundException$, CertificateNotFoundException);
var DeleteAssociationSameAccountException$ = [
  -3,
  n0,
  _DASAE,
  { "awsQueryError": [`DeleteAssociationSameAccount`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(DeleteAssociationSameAccountException$, DeleteAssociationSameAccountException);
var DuplicateListenerException$ = [
  -3,
  n0,
  _DLE,
  { "awsQueryError": [`DuplicateListener`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(DuplicateListenerException$, DuplicateListenerException);
var DuplicateLoadBalancerNameException$ = [
  -3,
  n0,
  _DLBNE,
  { "awsQueryError": [`DuplicateLoadBalancerName`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(DuplicateLoadBalancerNameException$, DuplicateLoadBalancerNameException);
var DuplicateTagKeysException$ = [
  -3,
  n0,
  _DTKE,
  { "awsQueryError": [`DuplicateTagKeys`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(DuplicateTagKeysException$, DuplicateTagKeysException);
var DuplicateTargetGroupNameException$ = [
  -3,
  n0,
  _DTGNE,
  { "awsQueryError": [`DuplicateTargetGroupName`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(DuplicateTargetGroupNameException$, DuplicateTargetGroupNameException);
var DuplicateTrustStoreNameException$ = [
  -3,
  n0,
  _DTSNE,
  { "awsQueryError": [`DuplicateTrustStoreName`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(DuplicateTrustStoreNameException$, DuplicateTrustStoreNameException);
var HealthUnavailableException$ = [
  -3,
  n0,
  _HUE,
  { "awsQueryError": [`HealthUnavailable`, 500], "error": _se, "httpError": 500 },
  [_M],
  [0]
];
n0_registry.registerError(HealthUnavailableException$, HealthUnavailableException);
var IncompatibleProtocolsException$ = [
  -3,
  n0,
  _IPE,
  { "awsQueryError": [`IncompatibleProtocols`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(IncompatibleProtocolsException$, IncompatibleProtocolsException);
var InsufficientCapacityException$ = [
  -3,
  n0,
  _ICE,
  { "awsQueryError": [`InsufficientCapacity`, 500], "error": _se, "httpError": 500 },
  [_M],
  [0]
];
n0_registry.registerError(InsufficientCapacityException$, InsufficientCapacityException);
var InvalidCaCertificatesBundleException$ = [
  -3,
  n0,
  _ICCBE,
  { "awsQueryError": [`InvalidCaCertificatesBundle`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidCaCertificatesBundleException$, InvalidCaCertificatesBundleException);
var InvalidConfigurationRequestException$ = [
  -3,
  n0,
  _ICRE,
  { "awsQueryError": [`InvalidConfigurationRequest`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidConfigurationRequestException$, InvalidConfigurationRequestException);
var InvalidLoadBalancerActionException$ = [
  -3,
  n0,
  _ILBAE,
  { "awsQueryError": [`InvalidLoadBalancerAction`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidLoadBalancerActionException$, InvalidLoadBalancerActionException);
var InvalidRevocationContentException$ = [
  -3,
  n0,
  _IRCE,
  { "awsQueryError": [`InvalidRevocationContent`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidRevocationContentException$, InvalidRevocationContentException);
var InvalidSchemeException$ = [
  -3,
  n0,
  _ISE,
  { "awsQueryError": [`InvalidScheme`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidSchemeException$, InvalidSchemeException);
var InvalidSecurityGroupException$ = [
  -3,
  n0,
  _ISGE,
  { "awsQueryError": [`InvalidSecurityGroup`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidSecurityGroupException$, InvalidSecurityGroupException);
var InvalidSubnetException$ = [
  -3,
  n0,
  _ISEn,
  { "awsQueryError": [`InvalidSubnet`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidSubnetException$, InvalidSubnetException);
var InvalidTargetException$ = [
  -3,
  n0,
  _ITE,
  { "awsQueryError": [`InvalidTarget`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidTargetException$, InvalidTargetException);
var ListenerNotFoundException$ = [
  -3,
  n0,
  _LNFE,
  { "awsQueryError": [`ListenerNotFound`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(ListenerNotFoundException$, ListenerNotFoundException);
var LoadBalancerNotFoundException$ = [
  -3,
  n0,
  _LBNFE,
  { "awsQueryError": [`LoadBalancerNotFound`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(LoadBalancerNotFoundException$, LoadBalancerNotFoundException);
var OperationNotPermittedException$ = [
  -3,
  n0,
  _ONPE,
  { "awsQueryError": [`OperationNotPermitted`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(OperationNotPermittedException$, OperationNotPermittedException);
var PriorityInUseException$ = [
  -3,
  n0,
  _PIUE,
  { "awsQueryError": [`PriorityInUse`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(PriorityInUseException$, PriorityInUseException);
var PriorRequestNotCompleteException$ = [
  -3,
  n0,
  _PRNCE,
  { "awsQueryError": [`PriorRequestNotComplete`, 429], "error": _c, "httpError": 429 },
  [_M],
  [0]
];
n0_registry.registerError(PriorRequestNotCompleteException$, PriorRequestNotCompleteException);
var ResourceInUseException$ = [
  -3,
  n0,
  _RIUE,
  { "awsQueryError": [`ResourceInUse`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(ResourceInUseException$, ResourceInUseException);
var ResourceNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { "awsQueryError": [`ResourceNotFound`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var RevocationContentNotFoundException$ = [
  -3,
  n0,
  _RCNFE,
  { "awsQueryError": [`RevocationContentNotFound`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(RevocationContentNotFoundException$, RevocationContentNotFoundException);
var RevocationIdNotFoundException$ = [
  -3,
  n0,
  _RINFE,
  { "awsQueryError": [`RevocationIdNotFound`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(RevocationIdNotFoundException$, RevocationIdNotFoundException);
var RuleNotFoundException$ = [
  -3,
  n0,
  _RNFEu,
  { "awsQueryError": [`RuleNotFound`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(RuleNotFoundException$, RuleNotFoundException);
var SSLPolicyNotFoundException$ = [
  -3,
  n0,
  _SSLPNFE,
  { "awsQueryError": [`SSLPolicyNotFound`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(SSLPolicyNotFoundException$, SSLPolicyNotFoundException);
var SubnetNotFoundException$ = [
  -3,
  n0,
  _SNFE,
  { "awsQueryError": [`SubnetNotFound`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(SubnetNotFoundException$, SubnetNotFoundException);
var TargetGroupAssociationLimitException$ = [
  -3,
  n0,
  _TGALE,
  { "awsQueryError": [`TargetGroupAssociationLimit`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(TargetGroupAssociationLimitException$, TargetGroupAssociationLimitException);
var TargetGroupNotFoundException$ = [
  -3,
  n0,
  _TGNFE,
  { "awsQueryError": [`TargetGroupNotFound`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(TargetGroupNotFoundException$, TargetGroupNotFoundException);
var TooManyActionsException$ = [
  -3,
  n0,
  _TMAE,
  { "awsQueryError": [`TooManyActions`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyActionsException$, TooManyActionsException);
var TooManyCertificatesException$ = [
  -3,
  n0,
  _TMCE,
  { "awsQueryError": [`TooManyCertificates`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyCertificatesException$, TooManyCertificatesException);
var TooManyListenersException$ = [
  -3,
  n0,
  _TMLE,
  { "awsQueryError": [`TooManyListeners`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyListenersException$, TooManyListenersException);
var TooManyLoadBalancersException$ = [
  -3,
  n0,
  _TMLBE,
  { "awsQueryError": [`TooManyLoadBalancers`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyLoadBalancersException$, TooManyLoadBalancersException);
var TooManyRegistrationsForTargetIdException$ = [
  -3,
  n0,
  _TMRFTIE,
  { "awsQueryError": [`TooManyRegistrationsForTargetId`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyRegistrationsForTargetIdException$, TooManyRegistrationsForTargetIdException);
var TooManyRulesException$ = [
  -3,
  n0,
  _TMRE,
  { "awsQueryError": [`TooManyRules`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyRulesException$, TooManyRulesException);
var TooManyTagsException$ = [
  -3,
  n0,
  _TMTE,
  { "awsQueryError": [`TooManyTags`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyTagsException$, TooManyTagsException);
var TooManyTargetGroupsException$ = [
  -3,
  n0,
  _TMTGE,
  { "awsQueryError": [`TooManyTargetGroups`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyTargetGroupsException$, TooManyTargetGroupsException);
var TooManyTargetsException$ = [
  -3,
  n0,
  _TMTEo,
  { "awsQueryError": [`TooManyTargets`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyTargetsException$, TooManyTargetsException);
var TooManyTrustStoreRevocationEntriesException$ = [
  -3,
  n0,
  _TMTSREE,
  { "awsQueryError": [`TooManyTrustStoreRevocationEntries`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyTrustStoreRevocationEntriesException$, TooManyTrustStoreRevocationEntriesException);
var TooManyTrustStoresException$ = [
  -3,
  n0,
  _TMTSE,
  { "awsQueryError": [`TooManyTrustStores`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyTrustStoresException$, TooManyTrustStoresException);
var TooManyUniqueTargetGroupsPerLoadBalancerException$ = [
  -3,
  n0,
  _TMUTGPLBE,
  { "awsQueryError": [`TooManyUniqueTargetGroupsPerLoadBalancer`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(TooManyUniqueTargetGroupsPerLoadBalancerException$, TooManyUniqueTargetGroupsPerLoadBalancerException);
var TrustStoreAssociationNotFoundException$ = [
  -3,
  n0,
  _TSANFE,
  { "awsQueryError": [`AssociationNotFound`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(TrustStoreAssociationNotFoundException$, TrustStoreAssociationNotFoundException);
var TrustStoreInUseException$ = [
  -3,
  n0,
  _TSIUE,
  { "awsQueryError": [`TrustStoreInUse`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(TrustStoreInUseException$, TrustStoreInUseException);
var TrustStoreNotFoundException$ = [
  -3,
  n0,
  _TSNFE,
  { "awsQueryError": [`TrustStoreNotFound`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(TrustStoreNotFoundException$, TrustStoreNotFoundException);
var TrustStoreNotReadyException$ = [
  -3,
  n0,
  _TSNRE,
  { "awsQueryError": [`TrustStoreNotReady`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(TrustStoreNotReadyException$, TrustStoreNotReadyException);
var UnsupportedProtocolException$ = [
  -3,
  n0,
  _UPE,
  { "awsQueryError": [`UnsupportedProtocol`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(UnsupportedProtocolException$, UnsupportedProtocolException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var Action$ = [
  3,
  n0,
  _A,
  0,
  [_T, _TGA, _AOC, _ACC, _O, _RC, _FRC, _FC, _JVC],
  [0, 0, () => AuthenticateOidcActionConfig$, () => AuthenticateCognitoActionConfig$, 1, () => RedirectActionConfig$, () => FixedResponseActionConfig$, () => ForwardActionConfig$, () => JwtValidationActionConfig$],
  1
];
var AddTagsInput$ = [
  3,
  n0,
  _ATI,
  0,
  [_RA, _Ta],
  [64 | 0, () => TagList],
  2
];
var AdministrativeOverride$ = [
  3,
  n0,
  _AO,
  0,
  [_S, _R, _D],
  [0, 0, 0]
];
var AnomalyDetection$ = [
  3,
  n0,
  _AD,
  0,
  [_Re, _MIE],
  [0, 0]
];
var AuthenticateCognitoActionConfig$ = [
  3,
  n0,
  _ACAC,
  0,
  [_UPA, _UPCI, _UPD, _SCN, _Sc, _ST, _AREP, _OUR],
  [0, 0, 0, 0, 0, 1, 128 | 0, 0],
  3
];
var AuthenticateOidcActionConfig$ = [
  3,
  n0,
  _AOAC,
  0,
  [_I, _AE, _TE, _UIE, _CI, _CS, _SCN, _Sc, _ST, _AREP, _OUR, _UECS],
  [0, 0, 0, 0, 0, 0, 0, 0, 1, 128 | 0, 0, 2],
  5
];
var AvailabilityZone$ = [
  3,
  n0,
  _AZ,
  0,
  [_ZN, _SI, _OI, _LBA, _SNIP],
  [0, 0, 0, () => LoadBalancerAddresses, 64 | 0]
];
var Certificate$ = [
  3,
  n0,
  _Ce,
  0,
  [_CA, _ID],
  [0, 2]
];
var Cipher$ = [
  3,
  n0,
  _Ci,
  0,
  [_N, _P],
  [0, 1]
];
var CreateListenerInput$ = [
  3,
  n0,
  _CLI,
  0,
  [_LBAo, _DA, _Pr, _Po, _SP, _C, _AP, _Ta, _MA],
  [0, () => Actions, 0, 1, 0, () => CertificateList, 64 | 0, () => TagList, () => MutualAuthenticationAttributes$],
  2
];
var CreateLoadBalancerInput$ = [
  3,
  n0,
  _CLBI,
  0,
  [_N, _Su, _SM, _SG, _Sch, _Ta, _T, _IAT, _COIP, _EPFISN, _IP],
  [0, 64 | 0, () => SubnetMappings, 64 | 0, 0, () => TagList, 0, 0, 0, 0, () => IpamPools$],
  1
];
var DescribeListenersInput$ = [
  3,
  n0,
  _DLIe,
  0,
  [_LBAo, _LAi, _Mar, _PS],
  [0, 64 | 0, 0, 1]
];
var DescribeLoadBalancersInput$ = [
  3,
  n0,
  _DLBIe,
  0,
  [_LBAoa, _Na, _Mar, _PS],
  [64 | 0, 64 | 0, 0, 1]
];
var DescribeLoadBalancersOutput$ = [
  3,
  n0,
  _DLBOe,
  0,
  [_LB, _NM],
  [() => LoadBalancers, 0]
];
var DescribeRulesInput$ = [
  3,
  n0,
  _DRIe,
  0,
  [_LA, _RAul, _Mar, _PS],
  [0, 64 | 0, 0, 1]
];
var DescribeSSLPoliciesInput$ = [
  3,
  n0,
  _DSSLPI,
  0,
  [_Na, _Mar, _PS, _LBT],
  [64 | 0, 0, 1, 0]
];
var DescribeTagsInput$ = [
  3,
  n0,
  _DTIe,
  0,
  [_RA],
  [64 | 0],
  1
];
var DescribeTargetGroupsInput$ = [
  3,
  n0,
  _DTGIe,
  0,
  [_LBAo, _TGAa, _Na, _Mar, _PS],
  [0, 64 | 0, 64 | 0, 0, 1]
];
var DescribeTargetGroupsOutput$ = [
  3,
  n0,
  _DTGOe,
  0,
  [_TG, _NM],
  [() => TargetGroups, 0]
];
var DescribeTargetHealthInput$ = [
  3,
  n0,
  _DTHI,
  0,
  [_TGA, _Tar, _In],
  [0, () => TargetDescriptions, 64 | 0],
  1
];
var DescribeTargetHealthOutput$ = [
  3,
  n0,
  _DTHO,
  0,
  [_THD],
  [() => TargetHealthDescriptions]
];
var DescribeTrustStoreRevocationsInput$ = [
  3,
  n0,
  _DTSRI,
  0,
  [_TSA, _RIe, _Mar, _PS],
  [0, 64 | 1, 0, 1],
  1
];
var DescribeTrustStoresInput$ = [
  3,
  n0,
  _DTSIe,
  0,
  [_TSAru, _Na, _Mar, _PS],
  [64 | 0, 64 | 0, 0, 1]
];
var FixedResponseActionConfig$ = [
  3,
  n0,
  _FRAC,
  0,
  [_SC, _MB, _CT],
  [0, 0, 0],
  1
];
var ForwardActionConfig$ = [
  3,
  n0,
  _FAC,
  0,
  [_TG, _TGSC],
  [() => TargetGroupList, () => TargetGroupStickinessConfig$]
];
var HostHeaderConditionConfig$ = [
  3,
  n0,
  _HHCC,
  0,
  [_V, _RV],
  [64 | 0, 64 | 0]
];
var HttpHeaderConditionConfig$ = [
  3,
  n0,
  _HHCCt,
  0,
  [_HHN, _V, _RV],
  [0, 64 | 0, 64 | 0]
];
var HttpRequestMethodConditionConfig$ = [
  3,
  n0,
  _HRMCC,
  0,
  [_V],
  [64 | 0]
];
var IpamPools$ = [
  3,
  n0,
  _IP,
  0,
  [_IIPI],
  [0]
];
var JwtValidationActionAdditionalClaim$ = [
  3,
  n0,
  _JVAAC,
  0,
  [_F, _N, _V],
  [0, 0, 64 | 0],
  3
];
var JwtValidationActionConfig$ = [
  3,
  n0,
  _JVAC,
  0,
  [_JE, _I, _AC],
  [0, 0, () => JwtValidationActionAdditionalClaims],
  2
];
var Listener$ = [
  3,
  n0,
  _Lis,
  0,
  [_LA, _LBAo, _Po, _Pr, _C, _SP, _DA, _AP, _MA],
  [0, 0, 1, 0, () => CertificateList, 0, () => Actions, 64 | 0, () => MutualAuthenticationAttributes$]
];
var LoadBalancer$ = [
  3,
  n0,
  _LBo,
  0,
  [_LBAo, _DNSN, _CHZI, _CTr, _LBN, _Sch, _VI, _S, _T, _AZv, _SG, _IAT, _COIP, _ESGIROPLT, _EPFISN, _IP],
  [0, 0, 0, 4, 0, 0, 0, () => LoadBalancerState$, 0, () => AvailabilityZones, 64 | 0, 0, 0, 0, 0, () => IpamPools$]
];
var LoadBalancerAddress$ = [
  3,
  n0,
  _LBAoad,
  0,
  [_IA, _AI, _PIPA, _IPA],
  [0, 0, 0, 0]
];
var LoadBalancerState$ = [
  3,
  n0,
  _LBS,
  0,
  [_Co, _R],
  [0, 0]
];
var Matcher$ = [
  3,
  n0,
  _Ma,
  0,
  [_HC, _GC],
  [0, 0]
];
var ModifyIpPoolsInput$ = [
  3,
  n0,
  _MIPI,
  0,
  [_LBAo, _IP, _RIP],
  [0, () => IpamPools$, 64 | 0],
  1
];
var ModifyListenerInput$ = [
  3,
  n0,
  _MLI,
  0,
  [_LA, _Po, _Pr, _SP, _C, _DA, _AP, _MA],
  [0, 1, 0, 0, () => CertificateList, () => Actions, 64 | 0, () => MutualAuthenticationAttributes$],
  1
];
var MutualAuthenticationAttributes$ = [
  3,
  n0,
  _MAA,
  0,
  [_Mo, _TSA, _ICCE, _TSAS, _ATSCN],
  [0, 0, 2, 0, 0]
];
var PathPatternConditionConfig$ = [
  3,
  n0,
  _PPCC,
  0,
  [_V, _RV],
  [64 | 0, 64 | 0]
];
var QueryStringConditionConfig$ = [
  3,
  n0,
  _QSCC,
  0,
  [_V],
  [() => QueryStringKeyValuePairList]
];
var QueryStringKeyValuePair$ = [
  3,
  n0,
  _QSKVP,
  0,
  [_K, _Va],
  [0, 0]
];
var RedirectActionConfig$ = [
  3,
  n0,
  _RAC,
  0,
  [_SC, _Pr, _Po, _H, _Pa, _Q],
  [0, 0, 0, 0, 0, 0],
  1
];
var RemoveTagsInput$ = [
  3,
  n0,
  _RTIe,
  0,
  [_RA, _TK],
  [64 | 0, 64 | 0],
  2
];
var RemoveTrustStoreRevocationsInput$ = [
  3,
  n0,
  _RTSRI,
  0,
  [_TSA, _RIe],
  [0, 64 | 1],
  2
];
var RuleCondition$ = [
  3,
  n0,
  _RCu,
  0,
  [_Fi, _V, _HHC, _PPC, _HHCt, _QSC, _HRMC, _SIC, _RV],
  [0, 64 | 0, () => HostHeaderConditionConfig$, () => PathPatternConditionConfig$, () => HttpHeaderConditionConfig$, () => QueryStringConditionConfig$, () => HttpRequestMethodConditionConfig$, () => SourceIpConditionConfig$, 64 | 0]
];
var SetSecurityGroupsInput$ = [
  3,
  n0,
  _SSGI,
  0,
  [_LBAo, _SG, _ESGIROPLT],
  [0, 64 | 0, 0],
  2
];
var SetSecurityGroupsOutput$ = [
  3,
  n0,
  _SSGO,
  0,
  [_SGI, _ESGIROPLT],
  [64 | 0, 0]
];
var SetSubnetsInput$ = [
  3,
  n0,
  _SSI,
  0,
  [_LBAo, _Su, _SM, _IAT, _EPFISN],
  [0, 64 | 0, () => SubnetMappings, 0, 0],
  1
];
var SourceIpConditionConfig$ = [
  3,
  n0,
  _SICC,
  0,
  [_V, _IAT],
  [64 | 0, 0]
];
var SslPolicy$ = [
  3,
  n0,
  _SP,
  0,
  [_SPsl, _Cip, _N, _SLBT],
  [64 | 0, () => Ciphers, 0, 64 | 0]
];
var SubnetMapping$ = [
  3,
  n0,
  _SMu,
  0,
  [_SI, _AI, _PIPA, _IPA, _SNIPo],
  [0, 0, 0, 0, 0]
];
var Tag$ = [
  3,
  n0,
  _Tag,
  0,
  [_K, _Va],
  [0, 0],
  1
];
var TargetDescription$ = [
  3,
  n0,
  _TDar,
  0,
  [_Id, _Po, _AZ, _QSI],
  [0, 1, 0, 0],
  1
];
var TargetGroup$ = [
  3,
  n0,
  _TGa,
  0,
  [_TGA, _TGN, _Pr, _Po, _VI, _HCP, _HCPe, _HCE, _HCIS, _HCTS, _HTC, _UTC, _HCPea, _Ma, _LBAoa, _TT, _PV, _IAT, _TCP],
  [0, 0, 0, 1, 0, 0, 0, 2, 1, 1, 1, 1, 0, () => Matcher$, 64 | 0, 0, 0, 0, 1]
];
var TargetGroupStickinessConfig$ = [
  3,
  n0,
  _TGSC,
  0,
  [_E, _DS],
  [2, 1]
];
var TargetGroupTuple$ = [
  3,
  n0,
  _TGT,
  0,
  [_TGA, _W],
  [0, 1]
];
var TargetHealth$ = [
  3,
  n0,
  _TH,
  0,
  [_S, _R, _D],
  [0, 0, 0]
];
var TargetHealthDescription$ = [
  3,
  n0,
  _THDa,
  0,
  [_Targ, _HCPe, _TH, _AD, _AO],
  [() => TargetDescription$, 0, () => TargetHealth$, () => AnomalyDetection$, () => AdministrativeOverride$]
];
var Actions = [
  1,
  n0,
  _Ac,
  0,
  () => Action$
];
var AlpnPolicyName = 64 | 0;
var AvailabilityZones = [
  1,
  n0,
  _AZv,
  0,
  () => AvailabilityZone$
];
var CertificateList = [
  1,
  n0,
  _CL,
  0,
  () => Certificate$
];
var Ciphers = [
  1,
  n0,
  _Cip,
  0,
  () => Cipher$
];
var JwtValidationActionAdditionalClaims = [
  1,
  n0,
  _JVAACw,
  0,
  () => JwtValidationActionAdditionalClaim$
];
var JwtValidationActionAdditionalClaimValues = 64 | 0;
var ListenerArns = 64 | 0;
var ListOfDescribeTargetHealthIncludeOptions = 64 | 0;
var ListOfString = 64 | 0;
var LoadBalancerAddresses = [
  1,
  n0,
  _LBA,
  0,
  () => LoadBalancerAddress$
];
var LoadBalancerArns = 64 | 0;
var LoadBalancerNames = 64 | 0;
var LoadBalancers = [
  1,
  n0,
  _LB,
  0,
  () => LoadBalancer$
];
var QueryStringKeyValuePairList = [
  1,
  n0,
  _QSKVPL,
  0,
  () => QueryStringKeyValuePair$
];
var RemoveIpamPools = 64 | 0;
var ResourceArns = 64 | 0;
var RevocationIds = 64 | 1;
var RuleArns = 64 | 0;
var SecurityGroups = 64 | 0;
var SourceNatIpv6Prefixes = 64 | 0;
var SslPolicyNames = 64 | 0;
var SslProtocols = 64 | 0;
var SubnetMappings = [
  1,
  n0,
  _SM,
  0,
  () => SubnetMapping$
];
var Subnets = 64 | 0;
var TagKeys = 64 | 0;
var TagList = [
  1,
  n0,
  _TL,
  0,
  () => Tag$
];
var TargetDescriptions = [
  1,
  n0,
  _TDarg,
  0,
  () => TargetDescription$
];
var TargetGroupArns = 64 | 0;
var TargetGroupList = [
  1,
  n0,
  _TGL,
  0,
  () => TargetGroupTuple$
];
var TargetGroupNames = 64 | 0;
var TargetGroups = [
  1,
  n0,
  _TG,
  0,
  () => TargetGroup$
];
var TargetHealthDescriptions = [
  1,
  n0,
  _THD,
  0,
  () => TargetHealthDescription$
];
var TrustStoreArns = 64 | 0;
var TrustStoreNames = 64 | 0;
var AuthenticateCognitoActionAuthenticationRequestExtraParams = 128 | 0;
var AuthenticateOidcActionAuthenticationRequestExtraParams = 128 | 0;
var DescribeLoadBalancers$ = [
  9,
  n0,
  _DLBe,
  0,
  () => DescribeLoadBalancersInput$,
  () => DescribeLoadBalancersOutput$
];
var DescribeTargetGroups$ = [
  9,
  n0,
  _DTGe,
  0,
  () => DescribeTargetGroupsInput$,
  () => DescribeTargetGroupsOutput$
];
var DescribeTargetHealth$ = [
  9,
  n0,
  _DTH,
  0,
  () => DescribeTargetHealthInput$,
  () => DescribeTargetHealthOutput$
];

// node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2015-12-01",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultElasticLoadBalancingV2HttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsQueryProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.elasticloadbalancingv2",
      errorTypeRegistries,
      xmlNamespace: "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/",
      version: "2015-12-01",
      serviceTarget: "ElasticLoadBalancing_v10"
    },
    serviceId: config?.serviceId ?? "Elastic Load Balancing v2",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/runtimeConfig.js
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

// node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/auth/httpAuthExtensionConfiguration.js
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

// node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/ElasticLoadBalancingV2Client.js
var ElasticLoadBalancingV2Client = class extends Client {
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
      httpAuthSchemeParametersProvider: defaultElasticLoadBalancingV2HttpAuthSchemeParametersProvider,
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
  DescribeLoadBalancers$,
  DescribeTargetGroups$,
  DescribeTargetHealth$,
  ElasticLoadBalancingV2Client
};
