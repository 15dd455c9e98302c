import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  defaultProvider
} from "./chunk-BW6FY5JI.js";
import {
  AwsEc2QueryProtocol,
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
  getDefaultSocketTimeout,
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

// node_modules/@aws-sdk/client-ec2/dist-es/auth/httpAuthSchemeProvider.js
var defaultEC2HttpAuthSchemeParametersProvider = async (config, context, input) => {
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
      name: "ec2",
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
var defaultEC2HttpAuthSchemeProvider = (authParameters) => {
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

// node_modules/@aws-sdk/client-ec2/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "ec2"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-ec2/package.json
var package_default = {
  name: "@aws-sdk/client-ec2",
  version: "3.1169.0",
  description: "AWS SDK for JavaScript Ec2 Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-ec2",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-ec2"
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
    test: "yarn g:vitest run --passWithNoTests",
    "test:watch": "yarn g:vitest watch --passWithNoTests",
    "test:integration": "yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts",
    "test:integration:watch": "yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts",
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.981.0",
    "@aws-sdk/credential-provider-node": "^3.972.97",
    "@aws-sdk/middleware-sdk-ec2": "^3.972.72",
    "@aws-sdk/types": "^3.975.1",
    "@smithy/core": "^3.40.0",
    "@smithy/fetch-http-handler": "^5.8.1",
    "@smithy/node-http-handler": "^4.14.2",
    "@smithy/types": "^4.20.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@smithy/snapshot-testing": "^2.4.0",
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2",
    vitest: "^4.0.17"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/client-ec2/dist-es/endpoint/bdd.js
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
    ["https://ec2-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://ec2.{Region}.amazonaws.com", i],
    ["https://ec2-fips.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://ec2.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://ec2.{Region}.{PartitionResult#dnsSuffix}", i],
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

// node_modules/@aws-sdk/client-ec2/dist-es/endpoint/endpointResolver.js
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

// node_modules/@aws-sdk/client-ec2/dist-es/models/EC2ServiceException.js
var EC2ServiceException = class _EC2ServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.ec2#EC2ServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _EC2ServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-ec2/dist-es/schemas/schemas_0.js
var _AAp = "ApplianceArn";
var _AAt = "AttachedAppliances";
var _ABV = "AttributeBooleanValue";
var _AC = "AcceleratorCount";
var _ACR = "AcceleratorCountRequest";
var _AF = "AddressFamily";
var _AHR = "AllocateHostsRequest";
var _AIAC = "AvailableIpAddressCount";
var _AIAOC = "AssignIpv6AddressOnCreation";
var _AIT = "AllowedInstanceTypes";
var _AITS = "AllowedInstanceTypeSet";
var _AITl = "AllowedInstanceType";
var _AIl = "AllocationId";
var _AIs = "AssociationId";
var _AIss = "AssetIds";
var _AIsse = "AssetId";
var _AMAI = "AddMiddleboxAttachmentIds";
var _AMAId = "AddMiddleboxAttachmentId";
var _AMSc = "AcceleratorManufacturerSet";
var _AMc = "AcceleratorManufacturers";
var _AMcc = "AcceleratorManufacturer";
var _AMv = "AvailabilityMode";
var _ANSc = "AcceleratorNameSet";
var _ANcc = "AcceleratorNames";
var _ANcce = "AcceleratorName";
var _APZ = "AutoProvisionZones";
var _APu = "AutoPlacement";
var _ASIu = "AutoScalingIps";
var _ASSm = "AmdSevSnp";
var _ASs = "AssociationState";
var _AStta = "AttachmentState";
var _ATMMB = "AcceleratorTotalMemoryMiB";
var _ATMMBR = "AcceleratorTotalMemoryMiBRequest";
var _ATSc = "AcceleratorTypeSet";
var _ATSr = "ArchitectureTypeSet";
var _ATc = "AcceleratorTypes";
var _ATcc = "AcceleratorType";
var _ATr = "ArchitectureTypes";
var _ATrc = "ArchitectureType";
var _AZ = "AvailabilityZone";
var _AZI = "AvailabilityZoneId";
var _As = "Associations";
var _At = "Attribute";
var _BEBM = "BaselineEbsBandwidthMbps";
var _BEBMR = "BaselineEbsBandwidthMbpsRequest";
var _BMa = "BareMetal";
var _BP = "BurstablePerformance";
var _BPAS = "BlockPublicAccessStates";
var _BPF = "BaselinePerformanceFactors";
var _BPFR = "BaselinePerformanceFactorsRequest";
var _CB = "CidrBlock";
var _CGI = "CarrierGatewayId";
var _CGIa = "CarrierGatewayIds";
var _CIi = "CidrIp";
var _CIid = "CidrIpv6";
var _CM = "CpuManufacturers";
var _CMSp = "CpuManufacturerSet";
var _CMp = "CpuManufacturer";
var _CNA = "CoreNetworkArn";
var _CO = "CpuOptions";
var _COIP = "CustomerOwnedIpv4Pool";
var _CPFR = "CpuPerformanceFactorRequest";
var _CT = "ClientToken";
var _CTGMPR = "CreateTransitGatewayMeteringPolicyRequest";
var _CTR = "CreateTagsRequest";
var _CTon = "ConnectivityType";
var _CTre = "CreateTime";
var _CTrea = "CreationTimestamp";
var _Co = "Code";
var _Cp = "Cpu";
var _DCB = "DestinationCidrBlock";
var _DCGRes = "DescribeCarrierGatewaysRequest";
var _DE = "DnsEntry";
var _DES = "DnsEntrySet";
var _DEn = "DnsEntries";
var _DFA = "DefaultForAz";
var _DFR = "DeleteFleetsRequest";
var _DFRes = "DescribeFleetsRequest";
var _DICB = "DestinationIpv6CidrBlock";
var _DIRR = "DescribeImageReferencesRequest";
var _DITR = "DescribeInstanceTopologyRequest";
var _DITRes = "DescribeInstanceTypesRequest";
var _DIURER = "DescribeImageUsageReportEntriesRequest";
var _DIURRes = "DescribeImageUsageReportsRequest";
var _DMPLRes = "DescribeManagedPrefixListsRequest";
var _DMPLResc = "DescribeManagedPrefixListsResult";
var _DMPLe = "DescribeManagedPrefixLists";
var _DNARe = "DescribeNetworkAclsRequest";
var _DNARes = "DescribeNetworkAclsResult";
var _DNAe = "DescribeNetworkAcls";
var _DNGRes = "DescribeNatGatewaysRequest";
var _DNGResc = "DescribeNatGatewaysResult";
var _DNGe = "DescribeNatGateways";
var _DNIPRescr = "DescribeNetworkInterfacePermissionsRequest";
var _DNn = "DnsName";
var _DOn = "DnsOptions";
var _DPGRe = "DescribePlacementGroupsRequest";
var _DPLI = "DestinationPrefixListId";
var _DPRe = "DestinationPortRange";
var _DR = "DryRun";
var _DRIOR = "DescribeReservedInstancesOfferingsRequest";
var _DRIT = "DnsRecordIpType";
var _DRSERes = "DescribeRouteServerEndpointsRequest";
var _DRSPRes = "DescribeRouteServerPeersRequest";
var _DRSRes = "DescribeRouteServersRequest";
var _DRTRe = "DescribeRouteTablesRequest";
var _DRTRes = "DescribeRouteTablesResult";
var _DRTe = "DescribeRouteTables";
var _DSGRes = "DescribeSecurityGroupsRequest";
var _DSGResc = "DescribeSecurityGroupsResult";
var _DSGe = "DescribeSecurityGroups";
var _DSPHR = "DescribeSpotPriceHistoryRequest";
var _DSRes = "DescribeSnapshotsRequest";
var _DSRescr = "DescribeSubnetsRequest";
var _DSRescri = "DescribeSubnetsResult";
var _DSesc = "DescribeSubnets";
var _DTGAR = "DescribeTransitGatewayAttachmentsRequest";
var _DTGCRes = "DescribeTransitGatewayConnectsRequest";
var _DTGPARes = "DescribeTransitGatewayPeeringAttachmentsRequest";
var _DTGVARes = "DescribeTransitGatewayVpcAttachmentsRequest";
var _DTR = "DeleteTagsRequest";
var _DTel = "DeleteTime";
var _DVARes = "DescribeVpcAttributeRequest";
var _DVAResc = "DescribeVpcAttributeResult";
var _DVAe = "DescribeVpcAttribute";
var _DVERes = "DescribeVpcEndpointsRequest";
var _DVEResc = "DescribeVpcEndpointsResult";
var _DVEe = "DescribeVpcEndpoints";
var _De = "Description";
var _EDH = "EnableDnsHostnames";
var _EDS = "EnableDnsSupport";
var _EDn = "EnableDns64";
var _EITSx = "ExcludedInstanceTypeSet";
var _EITxc = "ExcludedInstanceTypes";
var _EITxcl = "ExcludedInstanceType";
var _ELADI = "EnableLniAtDeviceIndex";
var _ENAUM = "EnableNetworkAddressUsageMetrics";
var _EOIGI = "EgressOnlyInternetGatewayId";
var _ERNDAAAAR = "EnableResourceNameDnsAAAARecord";
var _ERNDAR = "EnableResourceNameDnsARecord";
var _ETnd = "EndTime";
var _Eg = "Egress";
var _Ent = "Entries";
var _FCa = "FailureCode";
var _FIl = "FleetId";
var _FIle = "FleetIds";
var _FLi = "FilterList";
var _FM = "FailureMessage";
var _FP = "FromPort";
var _FR = "FailureReason";
var _Fi = "Filters";
var _Fil = "Filter";
var _Fr = "From";
var _G = "Groups";
var _GI = "GatewayId";
var _GIS = "GroupIdentifierSet";
var _GISL = "GroupIdStringList";
var _GIr = "GroupId";
var _GIro = "GroupIds";
var _GN = "GroupName";
var _GNSL = "GroupNameStringList";
var _GNr = "GroupNames";
var _GSPSR = "GetSpotPlacementScoresRequest";
var _HCOR = "HostCpuOptionsRequest";
var _HM = "HostMaintenance";
var _HR = "HostRecovery";
var _HTo = "HostnameType";
var _HZI = "HostedZoneId";
var _IAA = "Ipv6AddressAttribute";
var _IART = "IncludeAllResourceTypes";
var _IAT = "IpAddressType";
var _IAp = "IpAddress";
var _ICB = "Ipv6CidrBlock";
var _ICBAS = "Ipv6CidrBlockAssociationSet";
var _ICBS = "Ipv6CidrBlockState";
var _IDs = "IsDefault";
var _IF = "InstanceFamily";
var _IGBM = "InternetGatewayBlockMode";
var _IGS = "InstanceGenerationSet";
var _IGns = "InstanceGenerations";
var _IGnst = "InstanceGeneration";
var _II = "InstanceId";
var _IIm = "ImageId";
var _IIma = "ImageIds";
var _IIn = "InstanceIds";
var _ILZ = "IncludeLocalZones";
var _IM = "IncludeMarketplace";
var _IN = "Ipv6Native";
var _IOIn = "InstanceOwnerId";
var _IPEp = "IpPermissionsEgress";
var _IPLRSE = "IpamPrefixListResolverSyncEnabled";
var _IPLRTI = "IpamPrefixListResolverTargetId";
var _IPLp = "IpPermissionList";
var _IPp = "Ipv6Prefixes";
var _IPpe = "IpPermissions";
var _IPper = "IpPermission";
var _IPpr = "IpProtocol";
var _IPpre = "IpPrefixes";
var _IPpvr = "Ipv4Prefixes";
var _IPsr = "IsPrimary";
var _IR = "InstanceRequirements";
var _IRLp = "IpRangeList";
var _IRLpv = "Ipv6RangeList";
var _IRR = "InstanceRequirementsRequest";
var _IRWM = "InstanceRequirementsWithMetadata";
var _IRWMR = "InstanceRequirementsWithMetadataRequest";
var _IRpa = "IpRanges";
var _IRpan = "IpRange";
var _IRpv = "Ipv6Ranges";
var _IRpva = "Ipv6Range";
var _ISpo = "IpSource";
var _IT = "InstanceType";
var _ITC = "IcmpTypeCode";
var _ITns = "InstanceTenancy";
var _ITnst = "InstanceTypes";
var _IUIR = "IncludeUnsupportedInRegion";
var _K = "Key";
var _LEa = "LastError";
var _LGI = "LocalGatewayId";
var _LST = "LocalStorageTypes";
var _LSTS = "LocalStorageTypeSet";
var _LSTo = "LocalStorageType";
var _LSo = "LocalStorage";
var _M = "Min";
var _MAIi = "MiddleboxAttachmentIds";
var _MAIid = "MiddleboxAttachmentId";
var _MCOIOL = "MapCustomerOwnedIpOnLaunch";
var _MD = "MaxDuration";
var _MDi = "MinDuration";
var _ME = "MaxEntries";
var _MGBPVC = "MemoryGiBPerVCpu";
var _MGBPVCR = "MemoryGiBPerVCpuRequest";
var _MIC = "MaxInstanceCount";
var _MMB = "MemoryMiB";
var _MMBR = "MemoryMiBRequest";
var _MPIOL = "MapPublicIpOnLaunch";
var _MPLS = "ManagedPrefixListSet";
var _MPLa = "ManagedPrefixList";
var _MR = "MaxResults";
var _MSPAPOOODP = "MaxSpotPriceAsPercentageOfOptimalOnDemandPrice";
var _MSod = "ModificationState";
var _MTGMPR = "ModifyTransitGatewayMeteringPolicyRequest";
var _MTMFRR = "ModifyTrafficMirrorFilterRuleRequest";
var _MTMSR = "ModifyTrafficMirrorSessionRequest";
var _Ma = "Max";
var _Mai = "Main";
var _Me = "Message";
var _N = "Name";
var _NA = "NetworkAcl";
var _NAA = "NetworkAclAssociation";
var _NAAI = "NetworkAclAssociationId";
var _NAAL = "NetworkAclAssociationList";
var _NAE = "NetworkAclEntry";
var _NAEL = "NetworkAclEntryList";
var _NAI = "NetworkAclId";
var _NAISL = "NetworkAclIdStringList";
var _NAIe = "NetworkAclIds";
var _NAL = "NetworkAclList";
var _NAe = "NetworkAcls";
var _NBGR = "NetworkBandwidthGbpsRequest";
var _NBGe = "NetworkBandwidthGbps";
var _NG = "NatGateway";
var _NGA = "NatGatewayAddresses";
var _NGAA = "NatGatewayAttachedAppliance";
var _NGAAL = "NatGatewayAttachedApplianceList";
var _NGAL = "NatGatewayAddressList";
var _NGAa = "NatGatewayAddress";
var _NGI = "NatGatewayId";
var _NGISL = "NatGatewayIdStringList";
var _NGIa = "NatGatewayIds";
var _NGL = "NatGatewayList";
var _NGa = "NatGateways";
var _NIC = "NetworkInterfaceCount";
var _NICR = "NetworkInterfaceCountRequest";
var _NII = "NetworkInterfaceId";
var _NIIe = "NetworkInterfaceIds";
var _NIPIe = "NetworkInterfacePermissionId";
var _NIPIetw = "NetworkInterfacePermissionIds";
var _NTe = "NextToken";
var _O = "Origin";
var _OA = "OutpostArn";
var _OC = "OfferingClass";
var _ODMPPOLP = "OnDemandMaxPricePercentageOverLowestPrice";
var _OI = "OwnerId";
var _OIw = "OwnerIds";
var _ON = "OptionName";
var _ONA = "OdbNetworkArn";
var _OSL = "OwnerStringList";
var _OTf = "OfferingType";
var _OV = "OptionValues";
var _OVp = "OptionValue";
var _Own = "Owner";
var _PB = "ProvisionedBandwidth";
var _PDE = "PrivateDnsEnabled";
var _PDNOOL = "PrivateDnsNameOptionsOnLaunch";
var _PDOFIRE = "PrivateDnsOnlyForInboundResolverEndpoint";
var _PDP = "PrivateDnsPreference";
var _PDSD = "PrivateDnsSpecifiedDomains";
var _PDSDS = "PrivateDnsSpecifiedDomainSet";
var _PDo = "PolicyDocument";
var _PDr = "ProductDescription";
var _PDro = "ProductDescriptions";
var _PFRR = "PerformanceFactorReferenceRequest";
var _PFRSR = "PerformanceFactorReferenceSetRequest";
var _PGISL = "PlacementGroupIdStringList";
var _PI = "PublicIp";
var _PIP = "PublicIpv4Pool";
var _PIri = "PrivateIp";
var _PLAr = "PrefixListArn";
var _PLI = "PrefixListId";
var _PLIL = "PrefixListIdList";
var _PLIr = "PrefixListIds";
var _PLN = "PrefixListName";
var _PLa = "PacketLength";
var _PLr = "PrefixLists";
var _PRE = "PayerResponsibilityEntry";
var _PRSa = "PayerResponsibilitySet";
var _PRT = "PayerResponsibilityType";
var _PRay = "PayerResponsibilities";
var _PRo = "PortRange";
var _PSee = "PeeringStatus";
var _PTro = "ProvisionTime";
var _PV = "PropagatingVgw";
var _PVL = "PropagatingVgwList";
var _PVro = "PropagatingVgws";
var _Pr = "Protocol";
var _Prov = "Provisioned";
var _Q = "Quantity";
var _RA = "RuleAction";
var _RBUI = "RestorableByUserIds";
var _RBe = "RestorableBy";
var _RCA = "ResourceConfigurationArn";
var _REIT = "RequireEncryptionInTransit";
var _RF = "RemoveFields";
var _RFe = "RemoveField";
var _RHS = "RequireHibernateSupport";
var _RI = "ReportId";
var _RIOI = "ReservedInstancesOfferingIds";
var _RIOIe = "ReservedInstancesOfferingId";
var _RIep = "ReportIds";
var _RIeso = "ResourceId";
var _RLo = "RouteList";
var _RMAI = "RemoveMiddleboxAttachmentIds";
var _RMAIe = "RemoveMiddleboxAttachmentId";
var _RMeq = "RequesterManaged";
var _RN = "RegionName";
var _RNe = "RegionNames";
var _RNu = "RuleNumber";
var _RSEI = "RouteServerEndpointId";
var _RSEIo = "RouteServerEndpointIds";
var _RSI = "RouteServerId";
var _RSIo = "RouteServerIds";
var _RSPI = "RouteServerPeerId";
var _RSPIo = "RouteServerPeerIds";
var _RTA = "RouteTableAssociation";
var _RTAI = "RouteTableAssociationId";
var _RTAL = "RouteTableAssociationList";
var _RTAS = "RouteTableAssociationState";
var _RTI = "RouteTableId";
var _RTISL = "RouteTableIdStringList";
var _RTIo = "RouteTableIds";
var _RTLo = "RouteTableList";
var _RTO = "ResourceTypeOptions";
var _RTOL = "ResourceTypeOptionList";
var _RTOe = "ResourceTypeOption";
var _RTRL = "ResourceTypeRequestList";
var _RTRe = "ResourceTypeRequest";
var _RTe = "ResourceType";
var _RTeq = "RequestTime";
var _RTes = "ResourceTypes";
var _RTo = "RouteTable";
var _RTou = "RouteTables";
var _Ref = "References";
var _Refe = "Reference";
var _Req = "Requested";
var _Res = "Resources";
var _Ro = "Route";
var _Rou = "Routes";
var _SAZ = "SingleAvailabilityZone";
var _SAub = "SubnetArn";
var _SCB = "SourceCidrBlock";
var _SCBS = "SubnetCidrBlockState";
var _SGA = "SecurityGroupArn";
var _SGIec = "SecurityGroupIdentifier";
var _SGL = "SecurityGroupList";
var _SGe = "SecurityGroups";
var _SGec = "SecurityGroup";
var _SI = "SubnetIds";
var _SICBA = "SubnetIpv6CidrBlockAssociation";
var _SICBAS = "SubnetIpv6CidrBlockAssociationSet";
var _SIPL = "SubnetIpPrefixesList";
var _SIPu = "SubnetIpPrefixes";
var _SISL = "SnapshotIdStringList";
var _SISLu = "SubnetIdStringList";
var _SIn = "SnapshotId";
var _SIna = "SnapshotIds";
var _SIu = "SubnetId";
var _SLu = "SubnetList";
var _SMPPOLP = "SpotMaxPricePercentageOverLowestPrice";
var _SMt = "StatusMessage";
var _SMta = "StateMessage";
var _SN = "ServiceName";
var _SNA = "ServiceNetworkArn";
var _SNes = "SessionNumber";
var _SPRo = "SourcePortRange";
var _SRe = "ServiceRegion";
var _STt = "StartTime";
var _Scop = "Scope";
var _St = "State";
var _Sta = "Status";
var _Su = "Subnet";
var _Subn = "Subnets";
var _T = "Tags";
var _TCUT = "TargetCapacityUnitType";
var _TCar = "TargetCapacity";
var _TD = "TrafficDirection";
var _TGAIr = "TransitGatewayAttachmentIds";
var _TGI = "TransitGatewayId";
var _TGMPI = "TransitGatewayMeteringPolicyId";
var _TI = "TerminateInstances";
var _TL = "TagList";
var _TLSGB = "TotalLocalStorageGB";
var _TLSGBR = "TotalLocalStorageGBRequest";
var _TMFI = "TrafficMirrorFilterId";
var _TMFRI = "TrafficMirrorFilterRuleId";
var _TMPRR = "TrafficMirrorPortRangeRequest";
var _TMSI = "TrafficMirrorSessionId";
var _TMTI = "TrafficMirrorTargetId";
var _TP = "ToPort";
var _TS = "TagSpecifications";
var _TSL = "TagSpecificationList";
var _TSa = "TagSpecification";
var _Ta = "Tag";
var _To = "To";
var _Ty = "Type";
var _UI = "UserId";
var _UIGP = "UserIdGroupPairs";
var _UIGPL = "UserIdGroupPairList";
var _UIGPs = "UserIdGroupPair";
var _V = "Value";
var _VCC = "VCpuCount";
var _VCCRR = "VCpuCountRangeRequest";
var _VE = "VpcEndpoint";
var _VEI = "VpcEndpointIds";
var _VEIL = "VpcEndpointIdList";
var _VEIp = "VpcEndpointId";
var _VESpcn = "VpcEndpointSet";
var _VET = "VpcEndpointType";
var _VEp = "VpcEndpoints";
var _VI = "VpcId";
var _VNI = "VirtualNetworkId";
var _VPCI = "VpcPeeringConnectionId";
var _VSL = "ValueStringList";
var _VTS = "VirtualizationTypeSet";
var _VTi = "VirtualizationTypes";
var _VTir = "VirtualizationType";
var _Va = "Values";
var _Ver = "Version";
var _aASt = "attachedApplianceSet";
var _aAp = "applianceArn";
var _aF = "addressFamily";
var _aI = "allocationId";
var _aIAC = "availableIpAddressCount";
var _aIAOC = "assignIpv6AddressOnCreation";
var _aIs = "associationId";
var _aMv = "availabilityMode";
var _aP = "autoPlacement";
var _aPZ = "autoProvisionZones";
var _aS = "associationState";
var _aSI = "autoScalingIps";
var _aSs = "associationSet";
var _aStt = "attachmentState";
var _aZ = "availabilityZone";
var _aZI = "availabilityZoneId";
var _bPAS = "blockPublicAccessStates";
var _cB = "cidrBlock";
var _cGI = "carrierGatewayId";
var _cIi = "cidrIp";
var _cIid = "cidrIpv6";
var _cNA = "coreNetworkArn";
var _cOIP = "customerOwnedIpv4Pool";
var _cT = "clientToken";
var _cTonn = "connectivityType";
var _cTre = "createTime";
var _cTrea = "creationTimestamp";
var _co = "code";
var _dCB = "destinationCidrBlock";
var _dES = "dnsEntrySet";
var _dFA = "defaultForAz";
var _dICB = "destinationIpv6CidrBlock";
var _dNn = "dnsName";
var _dOn = "dnsOptions";
var _dPLI = "destinationPrefixListId";
var _dR = "dryRun";
var _dRIT = "dnsRecordIpType";
var _dTel = "deleteTime";
var _de = "description";
var _def = "default";
var _eDH = "enableDnsHostnames";
var _eDS = "enableDnsSupport";
var _eDn = "enableDns64";
var _eLADI = "enableLniAtDeviceIndex";
var _eNAUM = "enableNetworkAddressUsageMetrics";
var _eOIGI = "egressOnlyInternetGatewayId";
var _eRNDAAAAR = "enableResourceNameDnsAAAARecord";
var _eRNDAR = "enableResourceNameDnsARecord";
var _eSnt = "entrySet";
var _eTn = "endTime";
var _eg = "egress";
var _fCa = "failureCode";
var _fM = "failureMessage";
var _fP = "fromPort";
var _fR = "failureReason";
var _fr = "from";
var _gD = "groupDescription";
var _gI = "gatewayId";
var _gIr = "groupId";
var _gN = "groupName";
var _gSr = "groupSet";
var _gr = "groups";
var _hTo = "hostnameType";
var _hZI = "hostedZoneId";
var _iAA = "ipv6AddressAttribute";
var _iAT = "ipAddressType";
var _iAp = "ipAddress";
var _iCB = "ipv6CidrBlock";
var _iCBASp = "ipv6CidrBlockAssociationSet";
var _iCBS = "ipv6CidrBlockState";
var _iGBM = "internetGatewayBlockMode";
var _iI = "instanceId";
var _iN = "ipv6Native";
var _iOIn = "instanceOwnerId";
var _iPEp = "ipPermissionsEgress";
var _iPLRSE = "ipamPrefixListResolverSyncEnabled";
var _iPLRTI = "ipamPrefixListResolverTargetId";
var _iPSpr = "ipPrefixSet";
var _iPSpvr = "ipv4PrefixSet";
var _iPSpvre = "ipv6PrefixSet";
var _iPp = "ipProtocol";
var _iPpe = "ipPermissions";
var _iPsr = "isPrimary";
var _iRpa = "ipRanges";
var _iRpv = "ipv6Ranges";
var _iSpo = "ipSource";
var _iT = "instanceType";
var _iTC = "icmpTypeCode";
var _iTns = "instanceTenancy";
var _it = "item";
var _k = "key";
var _lEa = "lastError";
var _lGI = "localGatewayId";
var _mCOIOL = "mapCustomerOwnedIpOnLaunch";
var _mE = "maxEntries";
var _mPIOL = "mapPublicIpOnLaunch";
var _mR = "maxResults";
var _mSod = "modificationState";
var _mai = "main";
var _me = "message";
var _nAAI = "networkAclAssociationId";
var _nAI = "networkAclId";
var _nAS = "networkAclSet";
var _nGAS = "natGatewayAddressSet";
var _nGI = "natGatewayId";
var _nGS = "natGatewaySet";
var _nII = "networkInterfaceId";
var _nIIS = "networkInterfaceIdSet";
var _nTe = "nextToken";
var _o = "origin";
var _oA = "outpostArn";
var _oI = "ownerId";
var _oNA = "odbNetworkArn";
var _oTf = "offeringType";
var _pB = "provisionedBandwidth";
var _pD = "policyDocument";
var _pDE = "privateDnsEnabled";
var _pDNOOL = "privateDnsNameOptionsOnLaunch";
var _pDOFIRE = "privateDnsOnlyForInboundResolverEndpoint";
var _pDP = "privateDnsPreference";
var _pDSDS = "privateDnsSpecifiedDomainSet";
var _pI = "publicIp";
var _pIP = "publicIpv4Pool";
var _pIriv = "privateIp";
var _pLA = "prefixListArn";
var _pLI = "prefixListId";
var _pLIr = "prefixListIds";
var _pLN = "prefixListName";
var _pLS = "prefixListSet";
var _pRSa = "payerResponsibilitySet";
var _pRT = "payerResponsibilityType";
var _pRo = "portRange";
var _pSee = "peeringStatus";
var _pTr = "provisionTime";
var _pVS = "propagatingVgwSet";
var _pr = "protocol";
var _prov = "provisioned";
var _q = "quantity";
var _rA = "ruleAction";
var _rCA = "resourceConfigurationArn";
var _rIes = "resourceId";
var _rMeq = "requesterManaged";
var _rN = "ruleNumber";
var _rSou = "routeSet";
var _rTAI = "routeTableAssociationId";
var _rTI = "routeTableId";
var _rTIS = "routeTableIdSet";
var _rTS = "routeTableSet";
var _rTe = "resourceType";
var _rTeq = "requestTime";
var _req = "requested";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.ec2";
var _sAub = "subnetArn";
var _sGA = "securityGroupArn";
var _sGIec = "securityGroupInfo";
var _sISu = "subnetIdSet";
var _sIu = "subnetId";
var _sMt = "statusMessage";
var _sMta = "stateMessage";
var _sN = "serviceName";
var _sNAe = "serviceNetworkArn";
var _sR = "serviceRegion";
var _sSub = "subnetSet";
var _sTt = "startTime";
var _scop = "scope";
var _st = "state";
var _sta = "status";
var _tGI = "transitGatewayId";
var _tP = "toPort";
var _tS = "tagSet";
var _ta = "tag";
var _to = "to";
var _ty = "type";
var _uI = "userId";
var _v = "value";
var _vEI = "vpcEndpointId";
var _vESp = "vpcEndpointSet";
var _vET = "vpcEndpointType";
var _vI = "vpcId";
var _vPCI = "vpcPeeringConnectionId";
var _ve = "version";
var n0 = "com.amazonaws.ec2";
var _s_registry = new TypeRegistry(_s);
var EC2ServiceException$ = [-3, _s, "EC2ServiceException", 0, [], []];
_s_registry.registerError(EC2ServiceException$, EC2ServiceException);
var errorTypeRegistries = [
  _s_registry
];
var AcceleratorCountRequest$ = [
  3,
  n0,
  _ACR,
  0,
  [_M, _Ma],
  [1, 1]
];
var AcceleratorTotalMemoryMiBRequest$ = [
  3,
  n0,
  _ATMMBR,
  0,
  [_M, _Ma],
  [1, 1]
];
var AllocateHostsRequest$ = [
  3,
  n0,
  _AHR,
  0,
  [_IF, _TS, _HR, _OA, _HM, _AIss, _AZI, _CO, _APu, _CT, _IT, _Q, _AZ],
  [0, [() => TagSpecificationList, { "xmlName": _TSa }], 0, 0, 0, [64 | 0, { "xmlName": _AIsse }], 0, () => HostCpuOptionsRequest$, [0, {
    "ec2QueryName": `AutoPlacement`,
    "xmlName": _aP
  }], [0, {
    "ec2QueryName": `ClientToken`,
    "xmlName": _cT
  }], [0, {
    "ec2QueryName": `InstanceType`,
    "xmlName": _iT
  }], [1, {
    "ec2QueryName": `Quantity`,
    "xmlName": _q
  }], [0, {
    "ec2QueryName": `AvailabilityZone`,
    "xmlName": _aZ
  }]]
];
var AttributeBooleanValue$ = [
  3,
  n0,
  _ABV,
  0,
  [_V],
  [[2, {
    "ec2QueryName": `Value`,
    "xmlName": _v
  }]]
];
var BaselineEbsBandwidthMbpsRequest$ = [
  3,
  n0,
  _BEBMR,
  0,
  [_M, _Ma],
  [1, 1]
];
var BaselinePerformanceFactorsRequest$ = [
  3,
  n0,
  _BPFR,
  0,
  [_Cp],
  [[() => CpuPerformanceFactorRequest$, 0]]
];
var BlockPublicAccessStates$ = [
  3,
  n0,
  _BPAS,
  0,
  [_IGBM],
  [[0, {
    "ec2QueryName": `InternetGatewayBlockMode`,
    "xmlName": _iGBM
  }]]
];
var CpuPerformanceFactorRequest$ = [
  3,
  n0,
  _CPFR,
  0,
  [_Ref],
  [[() => PerformanceFactorReferenceSetRequest, { "xmlName": _Refe }]]
];
var CreateTagsRequest$ = [
  3,
  n0,
  _CTR,
  0,
  [_Res, _T, _DR],
  [[64 | 0, { "xmlName": _RIeso }], [() => TagList, { "xmlName": _Ta }], [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }]],
  2
];
var CreateTransitGatewayMeteringPolicyRequest$ = [
  3,
  n0,
  _CTGMPR,
  0,
  [_TGI, _MAIi, _TS, _DR],
  [0, [64 | 0, { "xmlName": _MAIid }], [() => TagSpecificationList, 0], 2],
  1
];
var DeleteFleetsRequest$ = [
  3,
  n0,
  _DFR,
  0,
  [_FIle, _TI, _DR],
  [[64 | 0, { "xmlName": _FIl }], 2, 2],
  2
];
var DeleteTagsRequest$ = [
  3,
  n0,
  _DTR,
  0,
  [_Res, _DR, _T],
  [[64 | 0, {
    "ec2QueryName": `ResourceId`,
    "xmlName": _rIes
  }], [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }], [() => TagList, {
    "ec2QueryName": `Tag`,
    "xmlName": _ta
  }]],
  1
];
var DescribeCarrierGatewaysRequest$ = [
  3,
  n0,
  _DCGRes,
  0,
  [_CGIa, _Fi, _MR, _NTe, _DR],
  [[64 | 0, { "xmlName": _CGI }], [() => FilterList, { "xmlName": _Fil }], 1, 0, 2]
];
var DescribeFleetsRequest$ = [
  3,
  n0,
  _DFRes,
  0,
  [_DR, _MR, _NTe, _FIle, _Fi],
  [2, 1, 0, [64 | 0, { "xmlName": _FIl }], [() => FilterList, { "xmlName": _Fil }]]
];
var DescribeImageReferencesRequest$ = [
  3,
  n0,
  _DIRR,
  0,
  [_IIma, _IART, _RTes, _NTe, _DR, _MR],
  [[64 | 0, { "xmlName": _IIm }], 2, [() => ResourceTypeRequestList, { "xmlName": _RTe }], 0, 2, 1],
  1
];
var DescribeImageUsageReportEntriesRequest$ = [
  3,
  n0,
  _DIURER,
  0,
  [_IIma, _RIep, _NTe, _Fi, _DR, _MR],
  [[64 | 0, { "xmlName": _IIm }], [64 | 0, { "xmlName": _RI }], 0, [() => FilterList, { "xmlName": _Fil }], 2, 1]
];
var DescribeImageUsageReportsRequest$ = [
  3,
  n0,
  _DIURRes,
  0,
  [_IIma, _RIep, _NTe, _Fi, _DR, _MR],
  [[64 | 0, { "xmlName": _IIm }], [64 | 0, { "xmlName": _RI }], 0, [() => FilterList, { "xmlName": _Fil }], 2, 1]
];
var DescribeInstanceTopologyRequest$ = [
  3,
  n0,
  _DITR,
  0,
  [_DR, _NTe, _MR, _IIn, _GNr, _Fi],
  [2, 0, 1, [64 | 0, { "xmlName": _II }], [64 | 0, { "xmlName": _GN }], [() => FilterList, { "xmlName": _Fil }]]
];
var DescribeInstanceTypesRequest$ = [
  3,
  n0,
  _DITRes,
  0,
  [_DR, _ITnst, _Fi, _MR, _NTe, _IUIR],
  [2, [64 | 0, { "xmlName": _IT }], [() => FilterList, { "xmlName": _Fil }], 1, 0, 2]
];
var DescribeManagedPrefixListsRequest$ = [
  3,
  n0,
  _DMPLRes,
  0,
  [_DR, _Fi, _MR, _NTe, _PLIr],
  [2, [() => FilterList, { "xmlName": _Fil }], 1, 0, [() => ValueStringList, { "xmlName": _PLI }]]
];
var DescribeManagedPrefixListsResult$ = [
  3,
  n0,
  _DMPLResc,
  0,
  [_NTe, _PLr],
  [[0, {
    "ec2QueryName": `NextToken`,
    "xmlName": _nTe
  }], [() => ManagedPrefixListSet, {
    "ec2QueryName": `PrefixListSet`,
    "xmlName": _pLS
  }]]
];
var DescribeNatGatewaysRequest$ = [
  3,
  n0,
  _DNGRes,
  0,
  [_DR, _Fil, _MR, _NGIa, _NTe],
  [2, [() => FilterList, 0], 1, [() => NatGatewayIdStringList, { "xmlName": _NGI }], 0]
];
var DescribeNatGatewaysResult$ = [
  3,
  n0,
  _DNGResc,
  0,
  [_NGa, _NTe],
  [[() => NatGatewayList, {
    "ec2QueryName": `NatGatewaySet`,
    "xmlName": _nGS
  }], [0, {
    "ec2QueryName": `NextToken`,
    "xmlName": _nTe
  }]]
];
var DescribeNetworkAclsRequest$ = [
  3,
  n0,
  _DNARe,
  0,
  [_NTe, _MR, _DR, _NAIe, _Fi],
  [0, 1, [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }], [() => NetworkAclIdStringList, { "xmlName": _NAI }], [() => FilterList, { "xmlName": _Fil }]]
];
var DescribeNetworkAclsResult$ = [
  3,
  n0,
  _DNARes,
  0,
  [_NAe, _NTe],
  [[() => NetworkAclList, {
    "ec2QueryName": `NetworkAclSet`,
    "xmlName": _nAS
  }], [0, {
    "ec2QueryName": `NextToken`,
    "xmlName": _nTe
  }]]
];
var DescribeNetworkInterfacePermissionsRequest$ = [
  3,
  n0,
  _DNIPRescr,
  0,
  [_NIPIetw, _Fi, _NTe, _MR],
  [[64 | 0, { "xmlName": _NIPIe }], [() => FilterList, { "xmlName": _Fil }], 0, 1]
];
var DescribePlacementGroupsRequest$ = [
  3,
  n0,
  _DPGRe,
  0,
  [_GIro, _DR, _GNr, _Fi],
  [[() => PlacementGroupIdStringList, { "xmlName": _GIr }], [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }], [64 | 0, {
    "ec2QueryName": `GroupName`,
    "xmlName": _gN
  }], [() => FilterList, { "xmlName": _Fil }]]
];
var DescribeReservedInstancesOfferingsRequest$ = [
  3,
  n0,
  _DRIOR,
  0,
  [_AZ, _IM, _IT, _MD, _MIC, _MDi, _OC, _PDr, _RIOI, _AZI, _DR, _Fi, _ITns, _OTf, _NTe, _MR],
  [0, 2, 0, 1, 1, 1, 0, 0, [64 | 0, { "xmlName": _RIOIe }], 0, [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }], [() => FilterList, { "xmlName": _Fil }], [0, {
    "ec2QueryName": `InstanceTenancy`,
    "xmlName": _iTns
  }], [0, {
    "ec2QueryName": `OfferingType`,
    "xmlName": _oTf
  }], [0, {
    "ec2QueryName": `NextToken`,
    "xmlName": _nTe
  }], [1, {
    "ec2QueryName": `MaxResults`,
    "xmlName": _mR
  }]]
];
var DescribeRouteServerEndpointsRequest$ = [
  3,
  n0,
  _DRSERes,
  0,
  [_RSEIo, _NTe, _MR, _Fi, _DR],
  [[64 | 0, { "xmlName": _RSEI }], 0, 1, [() => FilterList, { "xmlName": _Fil }], 2]
];
var DescribeRouteServerPeersRequest$ = [
  3,
  n0,
  _DRSPRes,
  0,
  [_RSPIo, _NTe, _MR, _Fi, _DR],
  [[64 | 0, { "xmlName": _RSPI }], 0, 1, [() => FilterList, { "xmlName": _Fil }], 2]
];
var DescribeRouteServersRequest$ = [
  3,
  n0,
  _DRSRes,
  0,
  [_RSIo, _NTe, _MR, _Fi, _DR],
  [[64 | 0, { "xmlName": _RSI }], 0, 1, [() => FilterList, { "xmlName": _Fil }], 2]
];
var DescribeRouteTablesRequest$ = [
  3,
  n0,
  _DRTRe,
  0,
  [_NTe, _MR, _DR, _RTIo, _Fi],
  [0, 1, [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }], [() => RouteTableIdStringList, { "xmlName": _RTI }], [() => FilterList, { "xmlName": _Fil }]]
];
var DescribeRouteTablesResult$ = [
  3,
  n0,
  _DRTRes,
  0,
  [_RTou, _NTe],
  [[() => RouteTableList, {
    "ec2QueryName": `RouteTableSet`,
    "xmlName": _rTS
  }], [0, {
    "ec2QueryName": `NextToken`,
    "xmlName": _nTe
  }]]
];
var DescribeSecurityGroupsRequest$ = [
  3,
  n0,
  _DSGRes,
  0,
  [_GIro, _GNr, _NTe, _MR, _DR, _Fi],
  [[() => GroupIdStringList, { "xmlName": _GIr }], [() => GroupNameStringList, { "xmlName": _GN }], 0, 1, [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }], [() => FilterList, { "xmlName": _Fil }]]
];
var DescribeSecurityGroupsResult$ = [
  3,
  n0,
  _DSGResc,
  0,
  [_NTe, _SGe],
  [[0, {
    "ec2QueryName": `NextToken`,
    "xmlName": _nTe
  }], [() => SecurityGroupList, {
    "ec2QueryName": `SecurityGroupInfo`,
    "xmlName": _sGIec
  }]]
];
var DescribeSnapshotsRequest$ = [
  3,
  n0,
  _DSRes,
  0,
  [_MR, _NTe, _OIw, _RBUI, _SIna, _DR, _Fi],
  [1, 0, [() => OwnerStringList, { "xmlName": _Own }], [64 | 0, { "xmlName": _RBe }], [() => SnapshotIdStringList, { "xmlName": _SIn }], [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }], [() => FilterList, { "xmlName": _Fil }]]
];
var DescribeSpotPriceHistoryRequest$ = [
  3,
  n0,
  _DSPHR,
  0,
  [_AZI, _DR, _STt, _ETnd, _ITnst, _PDro, _Fi, _AZ, _MR, _NTe],
  [0, [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }], [4, {
    "ec2QueryName": `StartTime`,
    "xmlName": _sTt
  }], [4, {
    "ec2QueryName": `EndTime`,
    "xmlName": _eTn
  }], [64 | 0, { "xmlName": _IT }], [64 | 0, { "xmlName": _PDr }], [() => FilterList, { "xmlName": _Fil }], [0, {
    "ec2QueryName": `AvailabilityZone`,
    "xmlName": _aZ
  }], [1, {
    "ec2QueryName": `MaxResults`,
    "xmlName": _mR
  }], [0, {
    "ec2QueryName": `NextToken`,
    "xmlName": _nTe
  }]]
];
var DescribeSubnetsRequest$ = [
  3,
  n0,
  _DSRescr,
  0,
  [_Fi, _SI, _NTe, _MR, _DR],
  [[() => FilterList, { "xmlName": _Fil }], [() => SubnetIdStringList, { "xmlName": _SIu }], 0, 1, [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }]]
];
var DescribeSubnetsResult$ = [
  3,
  n0,
  _DSRescri,
  0,
  [_NTe, _Subn],
  [[0, {
    "ec2QueryName": `NextToken`,
    "xmlName": _nTe
  }], [() => SubnetList, {
    "ec2QueryName": `SubnetSet`,
    "xmlName": _sSub
  }]]
];
var DescribeTransitGatewayAttachmentsRequest$ = [
  3,
  n0,
  _DTGAR,
  0,
  [_TGAIr, _Fi, _MR, _NTe, _DR],
  [64 | 0, [() => FilterList, { "xmlName": _Fil }], 1, 0, 2]
];
var DescribeTransitGatewayConnectsRequest$ = [
  3,
  n0,
  _DTGCRes,
  0,
  [_TGAIr, _Fi, _MR, _NTe, _DR],
  [64 | 0, [() => FilterList, { "xmlName": _Fil }], 1, 0, 2]
];
var DescribeTransitGatewayPeeringAttachmentsRequest$ = [
  3,
  n0,
  _DTGPARes,
  0,
  [_TGAIr, _Fi, _MR, _NTe, _DR],
  [64 | 0, [() => FilterList, { "xmlName": _Fil }], 1, 0, 2]
];
var DescribeTransitGatewayVpcAttachmentsRequest$ = [
  3,
  n0,
  _DTGVARes,
  0,
  [_TGAIr, _Fi, _MR, _NTe, _DR],
  [64 | 0, [() => FilterList, { "xmlName": _Fil }], 1, 0, 2]
];
var DescribeVpcAttributeRequest$ = [
  3,
  n0,
  _DVARes,
  0,
  [_At, _VI, _DR],
  [0, 0, [2, {
    "ec2QueryName": `DryRun`,
    "xmlName": _dR
  }]],
  2
];
var DescribeVpcAttributeResult$ = [
  3,
  n0,
  _DVAResc,
  0,
  [_EDH, _EDS, _ENAUM, _VI],
  [[() => AttributeBooleanValue$, {
    "ec2QueryName": `EnableDnsHostnames`,
    "xmlName": _eDH
  }], [() => AttributeBooleanValue$, {
    "ec2QueryName": `EnableDnsSupport`,
    "xmlName": _eDS
  }], [() => AttributeBooleanValue$, {
    "ec2QueryName": `EnableNetworkAddressUsageMetrics`,
    "xmlName": _eNAUM
  }], [0, {
    "ec2QueryName": `VpcId`,
    "xmlName": _vI
  }]]
];
var DescribeVpcEndpointsRequest$ = [
  3,
  n0,
  _DVERes,
  0,
  [_DR, _VEI, _Fi, _MR, _NTe],
  [2, [() => VpcEndpointIdList, { "xmlName": _VEIp }], [() => FilterList, { "xmlName": _Fil }], 1, 0]
];
var DescribeVpcEndpointsResult$ = [
  3,
  n0,
  _DVEResc,
  0,
  [_VEp, _NTe],
  [[() => VpcEndpointSet, {
    "ec2QueryName": `VpcEndpointSet`,
    "xmlName": _vESp
  }], [0, {
    "ec2QueryName": `NextToken`,
    "xmlName": _nTe
  }]]
];
var DnsEntry$ = [
  3,
  n0,
  _DE,
  0,
  [_DNn, _HZI],
  [[0, {
    "ec2QueryName": `DnsName`,
    "xmlName": _dNn
  }], [0, {
    "ec2QueryName": `HostedZoneId`,
    "xmlName": _hZI
  }]]
];
var DnsOptions$ = [
  3,
  n0,
  _DOn,
  0,
  [_DRIT, _PDOFIRE, _PDP, _PDSD],
  [[0, {
    "ec2QueryName": `DnsRecordIpType`,
    "xmlName": _dRIT
  }], [2, {
    "ec2QueryName": `PrivateDnsOnlyForInboundResolverEndpoint`,
    "xmlName": _pDOFIRE
  }], [0, {
    "ec2QueryName": `PrivateDnsPreference`,
    "xmlName": _pDP
  }], [() => PrivateDnsSpecifiedDomainSet, {
    "ec2QueryName": `PrivateDnsSpecifiedDomainSet`,
    "xmlName": _pDSDS
  }]]
];
var Filter$ = [
  3,
  n0,
  _Fil,
  0,
  [_N, _Va],
  [0, [() => ValueStringList, { "xmlName": _V }]]
];
var GetSpotPlacementScoresRequest$ = [
  3,
  n0,
  _GSPSR,
  0,
  [_TCar, _ITnst, _TCUT, _SAZ, _RNe, _IRWM, _DR, _MR, _NTe, _ILZ],
  [1, [64 | 0, { "xmlName": _IT }], 0, 2, [64 | 0, { "xmlName": _RN }], [() => InstanceRequirementsWithMetadataRequest$, 0], 2, 1, 0, 2],
  1
];
var HostCpuOptionsRequest$ = [
  3,
  n0,
  _HCOR,
  0,
  [_ASSm],
  [0]
];
var IcmpTypeCode$ = [
  3,
  n0,
  _ITC,
  0,
  [_Co, _Ty],
  [[1, {
    "ec2QueryName": `Code`,
    "xmlName": _co
  }], [1, {
    "ec2QueryName": `Type`,
    "xmlName": _ty
  }]]
];
var InstanceRequirementsRequest$ = [
  3,
  n0,
  _IRR,
  0,
  [_VCC, _MMB, _CM, _MGBPVC, _EITxc, _IGns, _SMPPOLP, _ODMPPOLP, _BMa, _BP, _RHS, _NIC, _LSo, _LST, _TLSGB, _BEBM, _ATc, _AC, _AMc, _ANcc, _ATMMB, _NBGe, _AIT, _MSPAPOOODP, _BPF, _REIT],
  [() => VCpuCountRangeRequest$, () => MemoryMiBRequest$, [() => CpuManufacturerSet, { "xmlName": _CMp }], () => MemoryGiBPerVCpuRequest$, [() => ExcludedInstanceTypeSet, { "xmlName": _EITxcl }], [() => InstanceGenerationSet, { "xmlName": _IGnst }], 1, 1, 0, 0, 2, () => NetworkInterfaceCountRequest$, 0, [() => LocalStorageTypeSet, { "xmlName": _LSTo }], () => TotalLocalStorageGBRequest$, () => BaselineEbsBandwidthMbpsRequest$, [() => AcceleratorTypeSet, { "xmlName": _ATcc }], () => AcceleratorCountRequest$, [() => AcceleratorManufacturerSet, { "xmlName": _AMcc }], [() => AcceleratorNameSet, { "xmlName": _ANcce }], () => AcceleratorTotalMemoryMiBRequest$, () => NetworkBandwidthGbpsRequest$, [() => AllowedInstanceTypeSet, { "xmlName": _AITl }], 1, [() => BaselinePerformanceFactorsRequest$, 0], 2],
  2
];
var InstanceRequirementsWithMetadataRequest$ = [
  3,
  n0,
  _IRWMR,
  0,
  [_ATr, _VTi, _IR],
  [[() => ArchitectureTypeSet, { "xmlName": _ATrc }], [() => VirtualizationTypeSet, { "xmlName": _VTir }], [() => InstanceRequirementsRequest$, 0]]
];
var IpPermission$ = [
  3,
  n0,
  _IPper,
  0,
  [_IPpr, _FP, _TP, _UIGP, _IRpa, _IRpv, _PLIr],
  [[0, {
    "ec2QueryName": `IpProtocol`,
    "xmlName": _iPp
  }], [1, {
    "ec2QueryName": `FromPort`,
    "xmlName": _fP
  }], [1, {
    "ec2QueryName": `ToPort`,
    "xmlName": _tP
  }], [() => UserIdGroupPairList, {
    "ec2QueryName": `Groups`,
    "xmlName": _gr
  }], [() => IpRangeList, {
    "ec2QueryName": `IpRanges`,
    "xmlName": _iRpa
  }], [() => Ipv6RangeList, {
    "ec2QueryName": `Ipv6Ranges`,
    "xmlName": _iRpv
  }], [() => PrefixListIdList, {
    "ec2QueryName": `PrefixListIds`,
    "xmlName": _pLIr
  }]]
];
var IpRange$ = [
  3,
  n0,
  _IRpan,
  0,
  [_De, _CIi],
  [[0, {
    "ec2QueryName": `Description`,
    "xmlName": _de
  }], [0, {
    "ec2QueryName": `CidrIp`,
    "xmlName": _cIi
  }]]
];
var Ipv6Range$ = [
  3,
  n0,
  _IRpva,
  0,
  [_De, _CIid],
  [[0, {
    "ec2QueryName": `Description`,
    "xmlName": _de
  }], [0, {
    "ec2QueryName": `CidrIpv6`,
    "xmlName": _cIid
  }]]
];
var LastError$ = [
  3,
  n0,
  _LEa,
  0,
  [_Me, _Co],
  [[0, {
    "ec2QueryName": `Message`,
    "xmlName": _me
  }], [0, {
    "ec2QueryName": `Code`,
    "xmlName": _co
  }]]
];
var ManagedPrefixList$ = [
  3,
  n0,
  _MPLa,
  0,
  [_PLI, _AF, _St, _SMta, _PLAr, _PLN, _ME, _Ver, _T, _OI, _IPLRTI, _IPLRSE],
  [[0, {
    "ec2QueryName": `PrefixListId`,
    "xmlName": _pLI
  }], [0, {
    "ec2QueryName": `AddressFamily`,
    "xmlName": _aF
  }], [0, {
    "ec2QueryName": `State`,
    "xmlName": _st
  }], [0, {
    "ec2QueryName": `StateMessage`,
    "xmlName": _sMta
  }], [0, {
    "ec2QueryName": `PrefixListArn`,
    "xmlName": _pLA
  }], [0, {
    "ec2QueryName": `PrefixListName`,
    "xmlName": _pLN
  }], [1, {
    "ec2QueryName": `MaxEntries`,
    "xmlName": _mE
  }], [1, {
    "ec2QueryName": `Version`,
    "xmlName": _ve
  }], [() => TagList, {
    "ec2QueryName": `TagSet`,
    "xmlName": _tS
  }], [0, {
    "ec2QueryName": `OwnerId`,
    "xmlName": _oI
  }], [0, {
    "ec2QueryName": `IpamPrefixListResolverTargetId`,
    "xmlName": _iPLRTI
  }], [2, {
    "ec2QueryName": `IpamPrefixListResolverSyncEnabled`,
    "xmlName": _iPLRSE
  }]]
];
var MemoryGiBPerVCpuRequest$ = [
  3,
  n0,
  _MGBPVCR,
  0,
  [_M, _Ma],
  [1, 1]
];
var MemoryMiBRequest$ = [
  3,
  n0,
  _MMBR,
  0,
  [_M, _Ma],
  [1, 1],
  1
];
var ModifyTrafficMirrorFilterRuleRequest$ = [
  3,
  n0,
  _MTMFRR,
  0,
  [_TMFRI, _TD, _RNu, _RA, _DPRe, _SPRo, _Pr, _DCB, _SCB, _De, _RF, _DR],
  [0, 0, 1, 0, () => TrafficMirrorPortRangeRequest$, () => TrafficMirrorPortRangeRequest$, 1, 0, 0, 0, [64 | 0, { "xmlName": _RFe }], 2],
  1
];
var ModifyTrafficMirrorSessionRequest$ = [
  3,
  n0,
  _MTMSR,
  0,
  [_TMSI, _TMTI, _TMFI, _PLa, _SNes, _VNI, _De, _RF, _DR],
  [0, 0, 0, 1, 1, 1, 0, [64 | 0, { "xmlName": _RFe }], 2],
  1
];
var ModifyTransitGatewayMeteringPolicyRequest$ = [
  3,
  n0,
  _MTGMPR,
  0,
  [_TGMPI, _AMAI, _RMAI, _DR],
  [0, [64 | 0, { "xmlName": _AMAId }], [64 | 0, { "xmlName": _RMAIe }], 2],
  1
];
var NatGateway$ = [
  3,
  n0,
  _NG,
  0,
  [_CTre, _DTel, _FCa, _FM, _NGA, _NGI, _PB, _St, _SIu, _VI, _T, _CTon, _AMv, _ASIu, _APZ, _AAt, _RTI],
  [[4, {
    "ec2QueryName": `CreateTime`,
    "xmlName": _cTre
  }], [4, {
    "ec2QueryName": `DeleteTime`,
    "xmlName": _dTel
  }], [0, {
    "ec2QueryName": `FailureCode`,
    "xmlName": _fCa
  }], [0, {
    "ec2QueryName": `FailureMessage`,
    "xmlName": _fM
  }], [() => NatGatewayAddressList, {
    "ec2QueryName": `NatGatewayAddressSet`,
    "xmlName": _nGAS
  }], [0, {
    "ec2QueryName": `NatGatewayId`,
    "xmlName": _nGI
  }], [() => ProvisionedBandwidth$, {
    "ec2QueryName": `ProvisionedBandwidth`,
    "xmlName": _pB
  }], [0, {
    "ec2QueryName": `State`,
    "xmlName": _st
  }], [0, {
    "ec2QueryName": `SubnetId`,
    "xmlName": _sIu
  }], [0, {
    "ec2QueryName": `VpcId`,
    "xmlName": _vI
  }], [() => TagList, {
    "ec2QueryName": `TagSet`,
    "xmlName": _tS
  }], [0, {
    "ec2QueryName": `ConnectivityType`,
    "xmlName": _cTonn
  }], [0, {
    "ec2QueryName": `AvailabilityMode`,
    "xmlName": _aMv
  }], [0, {
    "ec2QueryName": `AutoScalingIps`,
    "xmlName": _aSI
  }], [0, {
    "ec2QueryName": `AutoProvisionZones`,
    "xmlName": _aPZ
  }], [() => NatGatewayAttachedApplianceList, {
    "ec2QueryName": `AttachedApplianceSet`,
    "xmlName": _aASt
  }], [0, {
    "ec2QueryName": `RouteTableId`,
    "xmlName": _rTI
  }]]
];
var NatGatewayAddress$ = [
  3,
  n0,
  _NGAa,
  0,
  [_AIl, _NII, _PIri, _PI, _AIs, _IPsr, _FM, _Sta, _AZ, _AZI],
  [[0, {
    "ec2QueryName": `AllocationId`,
    "xmlName": _aI
  }], [0, {
    "ec2QueryName": `NetworkInterfaceId`,
    "xmlName": _nII
  }], [0, {
    "ec2QueryName": `PrivateIp`,
    "xmlName": _pIriv
  }], [0, {
    "ec2QueryName": `PublicIp`,
    "xmlName": _pI
  }], [0, {
    "ec2QueryName": `AssociationId`,
    "xmlName": _aIs
  }], [2, {
    "ec2QueryName": `IsPrimary`,
    "xmlName": _iPsr
  }], [0, {
    "ec2QueryName": `FailureMessage`,
    "xmlName": _fM
  }], [0, {
    "ec2QueryName": `Status`,
    "xmlName": _sta
  }], [0, {
    "ec2QueryName": `AvailabilityZone`,
    "xmlName": _aZ
  }], [0, {
    "ec2QueryName": `AvailabilityZoneId`,
    "xmlName": _aZI
  }]]
];
var NatGatewayAttachedAppliance$ = [
  3,
  n0,
  _NGAA,
  0,
  [_Ty, _AAp, _VEIp, _AStta, _MSod, _FCa, _FM],
  [[0, {
    "ec2QueryName": `Type`,
    "xmlName": _ty
  }], [0, {
    "ec2QueryName": `ApplianceArn`,
    "xmlName": _aAp
  }], [0, {
    "ec2QueryName": `VpcEndpointId`,
    "xmlName": _vEI
  }], [0, {
    "ec2QueryName": `AttachmentState`,
    "xmlName": _aStt
  }], [0, {
    "ec2QueryName": `ModificationState`,
    "xmlName": _mSod
  }], [0, {
    "ec2QueryName": `FailureCode`,
    "xmlName": _fCa
  }], [0, {
    "ec2QueryName": `FailureMessage`,
    "xmlName": _fM
  }]]
];
var NetworkAcl$ = [
  3,
  n0,
  _NA,
  0,
  [_As, _Ent, _IDs, _NAI, _T, _VI, _OI],
  [[() => NetworkAclAssociationList, {
    "ec2QueryName": `AssociationSet`,
    "xmlName": _aSs
  }], [() => NetworkAclEntryList, {
    "ec2QueryName": `EntrySet`,
    "xmlName": _eSnt
  }], [2, {
    "ec2QueryName": `Default`,
    "xmlName": _def
  }], [0, {
    "ec2QueryName": `NetworkAclId`,
    "xmlName": _nAI
  }], [() => TagList, {
    "ec2QueryName": `TagSet`,
    "xmlName": _tS
  }], [0, {
    "ec2QueryName": `VpcId`,
    "xmlName": _vI
  }], [0, {
    "ec2QueryName": `OwnerId`,
    "xmlName": _oI
  }]]
];
var NetworkAclAssociation$ = [
  3,
  n0,
  _NAA,
  0,
  [_NAAI, _NAI, _SIu],
  [[0, {
    "ec2QueryName": `NetworkAclAssociationId`,
    "xmlName": _nAAI
  }], [0, {
    "ec2QueryName": `NetworkAclId`,
    "xmlName": _nAI
  }], [0, {
    "ec2QueryName": `SubnetId`,
    "xmlName": _sIu
  }]]
];
var NetworkAclEntry$ = [
  3,
  n0,
  _NAE,
  0,
  [_CB, _Eg, _ITC, _ICB, _PRo, _Pr, _RA, _RNu],
  [[0, {
    "ec2QueryName": `CidrBlock`,
    "xmlName": _cB
  }], [2, {
    "ec2QueryName": `Egress`,
    "xmlName": _eg
  }], [() => IcmpTypeCode$, {
    "ec2QueryName": `IcmpTypeCode`,
    "xmlName": _iTC
  }], [0, {
    "ec2QueryName": `Ipv6CidrBlock`,
    "xmlName": _iCB
  }], [() => PortRange$, {
    "ec2QueryName": `PortRange`,
    "xmlName": _pRo
  }], [0, {
    "ec2QueryName": `Protocol`,
    "xmlName": _pr
  }], [0, {
    "ec2QueryName": `RuleAction`,
    "xmlName": _rA
  }], [1, {
    "ec2QueryName": `RuleNumber`,
    "xmlName": _rN
  }]]
];
var NetworkBandwidthGbpsRequest$ = [
  3,
  n0,
  _NBGR,
  0,
  [_M, _Ma],
  [1, 1]
];
var NetworkInterfaceCountRequest$ = [
  3,
  n0,
  _NICR,
  0,
  [_M, _Ma],
  [1, 1]
];
var PayerResponsibilityEntry$ = [
  3,
  n0,
  _PRE,
  0,
  [_Scop, _PRT],
  [[0, {
    "ec2QueryName": `Scope`,
    "xmlName": _scop
  }], [0, {
    "ec2QueryName": `PayerResponsibilityType`,
    "xmlName": _pRT
  }]]
];
var PerformanceFactorReferenceRequest$ = [
  3,
  n0,
  _PFRR,
  0,
  [_IF],
  [0]
];
var PortRange$ = [
  3,
  n0,
  _PRo,
  0,
  [_Fr, _To],
  [[1, {
    "ec2QueryName": `From`,
    "xmlName": _fr
  }], [1, {
    "ec2QueryName": `To`,
    "xmlName": _to
  }]]
];
var PrefixListId$ = [
  3,
  n0,
  _PLI,
  0,
  [_De, _PLI],
  [[0, {
    "ec2QueryName": `Description`,
    "xmlName": _de
  }], [0, {
    "ec2QueryName": `PrefixListId`,
    "xmlName": _pLI
  }]]
];
var PrivateDnsNameOptionsOnLaunch$ = [
  3,
  n0,
  _PDNOOL,
  0,
  [_HTo, _ERNDAR, _ERNDAAAAR],
  [[0, {
    "ec2QueryName": `HostnameType`,
    "xmlName": _hTo
  }], [2, {
    "ec2QueryName": `EnableResourceNameDnsARecord`,
    "xmlName": _eRNDAR
  }], [2, {
    "ec2QueryName": `EnableResourceNameDnsAAAARecord`,
    "xmlName": _eRNDAAAAR
  }]]
];
var PropagatingVgw$ = [
  3,
  n0,
  _PV,
  0,
  [_GI],
  [[0, {
    "ec2QueryName": `GatewayId`,
    "xmlName": _gI
  }]]
];
var ProvisionedBandwidth$ = [
  3,
  n0,
  _PB,
  0,
  [_PTro, _Prov, _RTeq, _Req, _Sta],
  [[4, {
    "ec2QueryName": `ProvisionTime`,
    "xmlName": _pTr
  }], [0, {
    "ec2QueryName": `Provisioned`,
    "xmlName": _prov
  }], [4, {
    "ec2QueryName": `RequestTime`,
    "xmlName": _rTeq
  }], [0, {
    "ec2QueryName": `Requested`,
    "xmlName": _req
  }], [0, {
    "ec2QueryName": `Status`,
    "xmlName": _sta
  }]]
];
var ResourceTypeOption$ = [
  3,
  n0,
  _RTOe,
  0,
  [_ON, _OV],
  [0, [64 | 0, { "xmlName": _OVp }]]
];
var ResourceTypeRequest$ = [
  3,
  n0,
  _RTRe,
  0,
  [_RTe, _RTO],
  [0, [() => ResourceTypeOptionList, { "xmlName": _RTOe }]]
];
var Route$ = [
  3,
  n0,
  _Ro,
  0,
  [_DCB, _DICB, _DPLI, _EOIGI, _GI, _II, _IOIn, _NGI, _TGI, _LGI, _CGI, _NII, _O, _St, _VPCI, _CNA, _ONA, _IAp],
  [[0, {
    "ec2QueryName": `DestinationCidrBlock`,
    "xmlName": _dCB
  }], [0, {
    "ec2QueryName": `DestinationIpv6CidrBlock`,
    "xmlName": _dICB
  }], [0, {
    "ec2QueryName": `DestinationPrefixListId`,
    "xmlName": _dPLI
  }], [0, {
    "ec2QueryName": `EgressOnlyInternetGatewayId`,
    "xmlName": _eOIGI
  }], [0, {
    "ec2QueryName": `GatewayId`,
    "xmlName": _gI
  }], [0, {
    "ec2QueryName": `InstanceId`,
    "xmlName": _iI
  }], [0, {
    "ec2QueryName": `InstanceOwnerId`,
    "xmlName": _iOIn
  }], [0, {
    "ec2QueryName": `NatGatewayId`,
    "xmlName": _nGI
  }], [0, {
    "ec2QueryName": `TransitGatewayId`,
    "xmlName": _tGI
  }], [0, {
    "ec2QueryName": `LocalGatewayId`,
    "xmlName": _lGI
  }], [0, {
    "ec2QueryName": `CarrierGatewayId`,
    "xmlName": _cGI
  }], [0, {
    "ec2QueryName": `NetworkInterfaceId`,
    "xmlName": _nII
  }], [0, {
    "ec2QueryName": `Origin`,
    "xmlName": _o
  }], [0, {
    "ec2QueryName": `State`,
    "xmlName": _st
  }], [0, {
    "ec2QueryName": `VpcPeeringConnectionId`,
    "xmlName": _vPCI
  }], [0, {
    "ec2QueryName": `CoreNetworkArn`,
    "xmlName": _cNA
  }], [0, {
    "ec2QueryName": `OdbNetworkArn`,
    "xmlName": _oNA
  }], [0, {
    "ec2QueryName": `IpAddress`,
    "xmlName": _iAp
  }]]
];
var RouteTable$ = [
  3,
  n0,
  _RTo,
  0,
  [_As, _PVro, _RTI, _Rou, _T, _VI, _OI],
  [[() => RouteTableAssociationList, {
    "ec2QueryName": `AssociationSet`,
    "xmlName": _aSs
  }], [() => PropagatingVgwList, {
    "ec2QueryName": `PropagatingVgwSet`,
    "xmlName": _pVS
  }], [0, {
    "ec2QueryName": `RouteTableId`,
    "xmlName": _rTI
  }], [() => RouteList, {
    "ec2QueryName": `RouteSet`,
    "xmlName": _rSou
  }], [() => TagList, {
    "ec2QueryName": `TagSet`,
    "xmlName": _tS
  }], [0, {
    "ec2QueryName": `VpcId`,
    "xmlName": _vI
  }], [0, {
    "ec2QueryName": `OwnerId`,
    "xmlName": _oI
  }]]
];
var RouteTableAssociation$ = [
  3,
  n0,
  _RTA,
  0,
  [_Mai, _RTAI, _RTI, _SIu, _GI, _PIP, _ASs],
  [[2, {
    "ec2QueryName": `Main`,
    "xmlName": _mai
  }], [0, {
    "ec2QueryName": `RouteTableAssociationId`,
    "xmlName": _rTAI
  }], [0, {
    "ec2QueryName": `RouteTableId`,
    "xmlName": _rTI
  }], [0, {
    "ec2QueryName": `SubnetId`,
    "xmlName": _sIu
  }], [0, {
    "ec2QueryName": `GatewayId`,
    "xmlName": _gI
  }], [0, {
    "ec2QueryName": `PublicIpv4Pool`,
    "xmlName": _pIP
  }], [() => RouteTableAssociationState$, {
    "ec2QueryName": `AssociationState`,
    "xmlName": _aS
  }]]
];
var RouteTableAssociationState$ = [
  3,
  n0,
  _RTAS,
  0,
  [_St, _SMt],
  [[0, {
    "ec2QueryName": `State`,
    "xmlName": _st
  }], [0, {
    "ec2QueryName": `StatusMessage`,
    "xmlName": _sMt
  }]]
];
var SecurityGroup$ = [
  3,
  n0,
  _SGec,
  0,
  [_GIr, _IPEp, _T, _VI, _SGA, _OI, _GN, _De, _IPpe],
  [[0, {
    "ec2QueryName": `GroupId`,
    "xmlName": _gIr
  }], [() => IpPermissionList, {
    "ec2QueryName": `IpPermissionsEgress`,
    "xmlName": _iPEp
  }], [() => TagList, {
    "ec2QueryName": `TagSet`,
    "xmlName": _tS
  }], [0, {
    "ec2QueryName": `VpcId`,
    "xmlName": _vI
  }], [0, {
    "ec2QueryName": `SecurityGroupArn`,
    "xmlName": _sGA
  }], [0, {
    "ec2QueryName": `OwnerId`,
    "xmlName": _oI
  }], [0, {
    "ec2QueryName": `GroupName`,
    "xmlName": _gN
  }], [0, {
    "ec2QueryName": `GroupDescription`,
    "xmlName": _gD
  }], [() => IpPermissionList, {
    "ec2QueryName": `IpPermissions`,
    "xmlName": _iPpe
  }]]
];
var SecurityGroupIdentifier$ = [
  3,
  n0,
  _SGIec,
  0,
  [_GIr, _GN],
  [[0, {
    "ec2QueryName": `GroupId`,
    "xmlName": _gIr
  }], [0, {
    "ec2QueryName": `GroupName`,
    "xmlName": _gN
  }]]
];
var Subnet$ = [
  3,
  n0,
  _Su,
  0,
  [_AZI, _ELADI, _MCOIOL, _COIP, _OI, _AIAOC, _ICBAS, _T, _SAub, _OA, _EDn, _IN, _PDNOOL, _BPAS, _Ty, _SIu, _St, _VI, _CB, _AIAC, _AZ, _DFA, _MPIOL],
  [[0, {
    "ec2QueryName": `AvailabilityZoneId`,
    "xmlName": _aZI
  }], [1, {
    "ec2QueryName": `EnableLniAtDeviceIndex`,
    "xmlName": _eLADI
  }], [2, {
    "ec2QueryName": `MapCustomerOwnedIpOnLaunch`,
    "xmlName": _mCOIOL
  }], [0, {
    "ec2QueryName": `CustomerOwnedIpv4Pool`,
    "xmlName": _cOIP
  }], [0, {
    "ec2QueryName": `OwnerId`,
    "xmlName": _oI
  }], [2, {
    "ec2QueryName": `AssignIpv6AddressOnCreation`,
    "xmlName": _aIAOC
  }], [() => SubnetIpv6CidrBlockAssociationSet, {
    "ec2QueryName": `Ipv6CidrBlockAssociationSet`,
    "xmlName": _iCBASp
  }], [() => TagList, {
    "ec2QueryName": `TagSet`,
    "xmlName": _tS
  }], [0, {
    "ec2QueryName": `SubnetArn`,
    "xmlName": _sAub
  }], [0, {
    "ec2QueryName": `OutpostArn`,
    "xmlName": _oA
  }], [2, {
    "ec2QueryName": `EnableDns64`,
    "xmlName": _eDn
  }], [2, {
    "ec2QueryName": `Ipv6Native`,
    "xmlName": _iN
  }], [() => PrivateDnsNameOptionsOnLaunch$, {
    "ec2QueryName": `PrivateDnsNameOptionsOnLaunch`,
    "xmlName": _pDNOOL
  }], [() => BlockPublicAccessStates$, {
    "ec2QueryName": `BlockPublicAccessStates`,
    "xmlName": _bPAS
  }], [0, {
    "ec2QueryName": `Type`,
    "xmlName": _ty
  }], [0, {
    "ec2QueryName": `SubnetId`,
    "xmlName": _sIu
  }], [0, {
    "ec2QueryName": `State`,
    "xmlName": _st
  }], [0, {
    "ec2QueryName": `VpcId`,
    "xmlName": _vI
  }], [0, {
    "ec2QueryName": `CidrBlock`,
    "xmlName": _cB
  }], [1, {
    "ec2QueryName": `AvailableIpAddressCount`,
    "xmlName": _aIAC
  }], [0, {
    "ec2QueryName": `AvailabilityZone`,
    "xmlName": _aZ
  }], [2, {
    "ec2QueryName": `DefaultForAz`,
    "xmlName": _dFA
  }], [2, {
    "ec2QueryName": `MapPublicIpOnLaunch`,
    "xmlName": _mPIOL
  }]]
];
var SubnetCidrBlockState$ = [
  3,
  n0,
  _SCBS,
  0,
  [_St, _SMt],
  [[0, {
    "ec2QueryName": `State`,
    "xmlName": _st
  }], [0, {
    "ec2QueryName": `StatusMessage`,
    "xmlName": _sMt
  }]]
];
var SubnetIpPrefixes$ = [
  3,
  n0,
  _SIPu,
  0,
  [_SIu, _IPpre],
  [[0, {
    "ec2QueryName": `SubnetId`,
    "xmlName": _sIu
  }], [() => ValueStringList, {
    "ec2QueryName": `IpPrefixSet`,
    "xmlName": _iPSpr
  }]]
];
var SubnetIpv6CidrBlockAssociation$ = [
  3,
  n0,
  _SICBA,
  0,
  [_AIs, _ICB, _ICBS, _IAA, _ISpo],
  [[0, {
    "ec2QueryName": `AssociationId`,
    "xmlName": _aIs
  }], [0, {
    "ec2QueryName": `Ipv6CidrBlock`,
    "xmlName": _iCB
  }], [() => SubnetCidrBlockState$, {
    "ec2QueryName": `Ipv6CidrBlockState`,
    "xmlName": _iCBS
  }], [0, {
    "ec2QueryName": `Ipv6AddressAttribute`,
    "xmlName": _iAA
  }], [0, {
    "ec2QueryName": `IpSource`,
    "xmlName": _iSpo
  }]]
];
var Tag$ = [
  3,
  n0,
  _Ta,
  0,
  [_K, _V],
  [[0, {
    "ec2QueryName": `Key`,
    "xmlName": _k
  }], [0, {
    "ec2QueryName": `Value`,
    "xmlName": _v
  }]]
];
var TagSpecification$ = [
  3,
  n0,
  _TSa,
  0,
  [_RTe, _T],
  [[0, {
    "ec2QueryName": `ResourceType`,
    "xmlName": _rTe
  }], [() => TagList, { "xmlName": _Ta }]]
];
var TotalLocalStorageGBRequest$ = [
  3,
  n0,
  _TLSGBR,
  0,
  [_M, _Ma],
  [1, 1]
];
var TrafficMirrorPortRangeRequest$ = [
  3,
  n0,
  _TMPRR,
  0,
  [_FP, _TP],
  [1, 1]
];
var UserIdGroupPair$ = [
  3,
  n0,
  _UIGPs,
  0,
  [_De, _UI, _GN, _GIr, _VI, _VPCI, _PSee],
  [[0, {
    "ec2QueryName": `Description`,
    "xmlName": _de
  }], [0, {
    "ec2QueryName": `UserId`,
    "xmlName": _uI
  }], [0, {
    "ec2QueryName": `GroupName`,
    "xmlName": _gN
  }], [0, {
    "ec2QueryName": `GroupId`,
    "xmlName": _gIr
  }], [0, {
    "ec2QueryName": `VpcId`,
    "xmlName": _vI
  }], [0, {
    "ec2QueryName": `VpcPeeringConnectionId`,
    "xmlName": _vPCI
  }], [0, {
    "ec2QueryName": `PeeringStatus`,
    "xmlName": _pSee
  }]]
];
var VCpuCountRangeRequest$ = [
  3,
  n0,
  _VCCRR,
  0,
  [_M, _Ma],
  [1, 1],
  1
];
var VpcEndpoint$ = [
  3,
  n0,
  _VE,
  0,
  [_VEIp, _VET, _VI, _SN, _St, _PDo, _RTIo, _SI, _G, _IAT, _DOn, _PDE, _RMeq, _NIIe, _DEn, _CTrea, _T, _OI, _LEa, _IPpvr, _IPp, _FR, _SNA, _RCA, _SRe, _PRay],
  [[0, {
    "ec2QueryName": `VpcEndpointId`,
    "xmlName": _vEI
  }], [0, {
    "ec2QueryName": `VpcEndpointType`,
    "xmlName": _vET
  }], [0, {
    "ec2QueryName": `VpcId`,
    "xmlName": _vI
  }], [0, {
    "ec2QueryName": `ServiceName`,
    "xmlName": _sN
  }], [0, {
    "ec2QueryName": `State`,
    "xmlName": _st
  }], [0, {
    "ec2QueryName": `PolicyDocument`,
    "xmlName": _pD
  }], [() => ValueStringList, {
    "ec2QueryName": `RouteTableIdSet`,
    "xmlName": _rTIS
  }], [() => ValueStringList, {
    "ec2QueryName": `SubnetIdSet`,
    "xmlName": _sISu
  }], [() => GroupIdentifierSet, {
    "ec2QueryName": `GroupSet`,
    "xmlName": _gSr
  }], [0, {
    "ec2QueryName": `IpAddressType`,
    "xmlName": _iAT
  }], [() => DnsOptions$, {
    "ec2QueryName": `DnsOptions`,
    "xmlName": _dOn
  }], [2, {
    "ec2QueryName": `PrivateDnsEnabled`,
    "xmlName": _pDE
  }], [2, {
    "ec2QueryName": `RequesterManaged`,
    "xmlName": _rMeq
  }], [() => ValueStringList, {
    "ec2QueryName": `NetworkInterfaceIdSet`,
    "xmlName": _nIIS
  }], [() => DnsEntrySet, {
    "ec2QueryName": `DnsEntrySet`,
    "xmlName": _dES
  }], [4, {
    "ec2QueryName": `CreationTimestamp`,
    "xmlName": _cTrea
  }], [() => TagList, {
    "ec2QueryName": `TagSet`,
    "xmlName": _tS
  }], [0, {
    "ec2QueryName": `OwnerId`,
    "xmlName": _oI
  }], [() => LastError$, {
    "ec2QueryName": `LastError`,
    "xmlName": _lEa
  }], [() => SubnetIpPrefixesList, {
    "ec2QueryName": `Ipv4PrefixSet`,
    "xmlName": _iPSpvr
  }], [() => SubnetIpPrefixesList, {
    "ec2QueryName": `Ipv6PrefixSet`,
    "xmlName": _iPSpvre
  }], [0, {
    "ec2QueryName": `FailureReason`,
    "xmlName": _fR
  }], [0, {
    "ec2QueryName": `ServiceNetworkArn`,
    "xmlName": _sNAe
  }], [0, {
    "ec2QueryName": `ResourceConfigurationArn`,
    "xmlName": _rCA
  }], [0, {
    "ec2QueryName": `ServiceRegion`,
    "xmlName": _sR
  }], [() => PayerResponsibilitySet, {
    "ec2QueryName": `PayerResponsibilitySet`,
    "xmlName": _pRSa
  }]]
];
var AcceleratorManufacturerSet = [
  1,
  n0,
  _AMSc,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var AcceleratorNameSet = [
  1,
  n0,
  _ANSc,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var AcceleratorTypeSet = [
  1,
  n0,
  _ATSc,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var AllowedInstanceTypeSet = [
  1,
  n0,
  _AITS,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var ArchitectureTypeSet = [
  1,
  n0,
  _ATSr,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var AssetIdList = 64 | 0;
var CarrierGatewayIdSet = 64 | 0;
var CpuManufacturerSet = [
  1,
  n0,
  _CMSp,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var DescribeImageReferencesImageIdStringList = 64 | 0;
var DescribeImageUsageReportsImageIdStringList = 64 | 0;
var DescribeInstanceTopologyGroupNameSet = 64 | 0;
var DescribeInstanceTopologyInstanceIdSet = 64 | 0;
var DnsEntrySet = [
  1,
  n0,
  _DES,
  0,
  [
    () => DnsEntry$,
    { "xmlName": _it }
  ]
];
var ExcludedInstanceTypeSet = [
  1,
  n0,
  _EITSx,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var FilterList = [
  1,
  n0,
  _FLi,
  0,
  [
    () => Filter$,
    { "xmlName": _Fil }
  ]
];
var FleetIdSet = 64 | 0;
var GroupIdentifierSet = [
  1,
  n0,
  _GIS,
  0,
  [
    () => SecurityGroupIdentifier$,
    { "xmlName": _it }
  ]
];
var GroupIdStringList = [
  1,
  n0,
  _GISL,
  0,
  [
    0,
    { "xmlName": _gIr }
  ]
];
var GroupNameStringList = [
  1,
  n0,
  _GNSL,
  0,
  [
    0,
    { "xmlName": _GN }
  ]
];
var ImageUsageReportIdStringList = 64 | 0;
var InstanceGenerationSet = [
  1,
  n0,
  _IGS,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var InstanceTypeList = 64 | 0;
var InstanceTypes = 64 | 0;
var IpPermissionList = [
  1,
  n0,
  _IPLp,
  0,
  [
    () => IpPermission$,
    { "xmlName": _it }
  ]
];
var IpRangeList = [
  1,
  n0,
  _IRLp,
  0,
  [
    () => IpRange$,
    { "xmlName": _it }
  ]
];
var Ipv6RangeList = [
  1,
  n0,
  _IRLpv,
  0,
  [
    () => Ipv6Range$,
    { "xmlName": _it }
  ]
];
var LocalStorageTypeSet = [
  1,
  n0,
  _LSTS,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var ManagedPrefixListSet = [
  1,
  n0,
  _MPLS,
  0,
  [
    () => ManagedPrefixList$,
    { "xmlName": _it }
  ]
];
var NatGatewayAddressList = [
  1,
  n0,
  _NGAL,
  0,
  [
    () => NatGatewayAddress$,
    { "xmlName": _it }
  ]
];
var NatGatewayAttachedApplianceList = [
  1,
  n0,
  _NGAAL,
  0,
  [
    () => NatGatewayAttachedAppliance$,
    { "xmlName": _it }
  ]
];
var NatGatewayIdStringList = [
  1,
  n0,
  _NGISL,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var NatGatewayList = [
  1,
  n0,
  _NGL,
  0,
  [
    () => NatGateway$,
    { "xmlName": _it }
  ]
];
var NetworkAclAssociationList = [
  1,
  n0,
  _NAAL,
  0,
  [
    () => NetworkAclAssociation$,
    { "xmlName": _it }
  ]
];
var NetworkAclEntryList = [
  1,
  n0,
  _NAEL,
  0,
  [
    () => NetworkAclEntry$,
    { "xmlName": _it }
  ]
];
var NetworkAclIdStringList = [
  1,
  n0,
  _NAISL,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var NetworkAclList = [
  1,
  n0,
  _NAL,
  0,
  [
    () => NetworkAcl$,
    { "xmlName": _it }
  ]
];
var NetworkInterfacePermissionIdList = 64 | 0;
var OwnerStringList = [
  1,
  n0,
  _OSL,
  0,
  [
    0,
    { "xmlName": _Own }
  ]
];
var PayerResponsibilitySet = [
  1,
  n0,
  _PRSa,
  0,
  [
    () => PayerResponsibilityEntry$,
    { "xmlName": _it }
  ]
];
var PerformanceFactorReferenceSetRequest = [
  1,
  n0,
  _PFRSR,
  0,
  [
    () => PerformanceFactorReferenceRequest$,
    { "xmlName": _it }
  ]
];
var PlacementGroupIdStringList = [
  1,
  n0,
  _PGISL,
  0,
  [
    0,
    { "xmlName": _GIr }
  ]
];
var PlacementGroupStringList = 64 | 0;
var PrefixListIdList = [
  1,
  n0,
  _PLIL,
  0,
  [
    () => PrefixListId$,
    { "xmlName": _it }
  ]
];
var PrivateDnsSpecifiedDomainSet = [
  1,
  n0,
  _PDSDS,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var ProductDescriptionList = 64 | 0;
var PropagatingVgwList = [
  1,
  n0,
  _PVL,
  0,
  [
    () => PropagatingVgw$,
    { "xmlName": _it }
  ]
];
var RegionNames = 64 | 0;
var RequestInstanceTypeList = 64 | 0;
var ReservedInstancesOfferingIdStringList = 64 | 0;
var ResourceIdList = 64 | 0;
var ResourceTypeOptionList = [
  1,
  n0,
  _RTOL,
  0,
  [
    () => ResourceTypeOption$,
    0
  ]
];
var ResourceTypeOptionValuesList = 64 | 0;
var ResourceTypeRequestList = [
  1,
  n0,
  _RTRL,
  0,
  [
    () => ResourceTypeRequest$,
    0
  ]
];
var RestorableByStringList = 64 | 0;
var RouteList = [
  1,
  n0,
  _RLo,
  0,
  [
    () => Route$,
    { "xmlName": _it }
  ]
];
var RouteServerEndpointIdsList = 64 | 0;
var RouteServerIdsList = 64 | 0;
var RouteServerPeerIdsList = 64 | 0;
var RouteTableAssociationList = [
  1,
  n0,
  _RTAL,
  0,
  [
    () => RouteTableAssociation$,
    { "xmlName": _it }
  ]
];
var RouteTableIdStringList = [
  1,
  n0,
  _RTISL,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var RouteTableList = [
  1,
  n0,
  _RTLo,
  0,
  [
    () => RouteTable$,
    { "xmlName": _it }
  ]
];
var SecurityGroupList = [
  1,
  n0,
  _SGL,
  0,
  [
    () => SecurityGroup$,
    { "xmlName": _it }
  ]
];
var SnapshotIdStringList = [
  1,
  n0,
  _SISL,
  0,
  [
    0,
    { "xmlName": _SIn }
  ]
];
var SubnetIdStringList = [
  1,
  n0,
  _SISLu,
  0,
  [
    0,
    { "xmlName": _SIu }
  ]
];
var SubnetIpPrefixesList = [
  1,
  n0,
  _SIPL,
  0,
  [
    () => SubnetIpPrefixes$,
    { "xmlName": _it }
  ]
];
var SubnetIpv6CidrBlockAssociationSet = [
  1,
  n0,
  _SICBAS,
  0,
  [
    () => SubnetIpv6CidrBlockAssociation$,
    { "xmlName": _it }
  ]
];
var SubnetList = [
  1,
  n0,
  _SLu,
  0,
  [
    () => Subnet$,
    { "xmlName": _it }
  ]
];
var TagList = [
  1,
  n0,
  _TL,
  0,
  [
    () => Tag$,
    { "xmlName": _it }
  ]
];
var TagSpecificationList = [
  1,
  n0,
  _TSL,
  0,
  [
    () => TagSpecification$,
    { "xmlName": _it }
  ]
];
var TrafficMirrorFilterRuleFieldList = 64 | 0;
var TrafficMirrorSessionFieldList = 64 | 0;
var TransitGatewayAttachmentIdStringList = 64 | 0;
var UserIdGroupPairList = [
  1,
  n0,
  _UIGPL,
  0,
  [
    () => UserIdGroupPair$,
    { "xmlName": _it }
  ]
];
var ValueStringList = [
  1,
  n0,
  _VSL,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var VirtualizationTypeSet = [
  1,
  n0,
  _VTS,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var VpcEndpointIdList = [
  1,
  n0,
  _VEIL,
  0,
  [
    0,
    { "xmlName": _it }
  ]
];
var VpcEndpointSet = [
  1,
  n0,
  _VESpcn,
  0,
  [
    () => VpcEndpoint$,
    { "xmlName": _it }
  ]
];
var DescribeManagedPrefixLists$ = [
  9,
  n0,
  _DMPLe,
  0,
  () => DescribeManagedPrefixListsRequest$,
  () => DescribeManagedPrefixListsResult$
];
var DescribeNatGateways$ = [
  9,
  n0,
  _DNGe,
  0,
  () => DescribeNatGatewaysRequest$,
  () => DescribeNatGatewaysResult$
];
var DescribeNetworkAcls$ = [
  9,
  n0,
  _DNAe,
  0,
  () => DescribeNetworkAclsRequest$,
  () => DescribeNetworkAclsResult$
];
var DescribeRouteTables$ = [
  9,
  n0,
  _DRTe,
  0,
  () => DescribeRouteTablesRequest$,
  () => DescribeRouteTablesResult$
];
var DescribeSecurityGroups$ = [
  9,
  n0,
  _DSGe,
  0,
  () => DescribeSecurityGroupsRequest$,
  () => DescribeSecurityGroupsResult$
];
var DescribeSubnets$ = [
  9,
  n0,
  _DSesc,
  0,
  () => DescribeSubnetsRequest$,
  () => DescribeSubnetsResult$
];
var DescribeVpcAttribute$ = [
  9,
  n0,
  _DVAe,
  0,
  () => DescribeVpcAttributeRequest$,
  () => DescribeVpcAttributeResult$
];
var DescribeVpcEndpoints$ = [
  9,
  n0,
  _DVEe,
  0,
  () => DescribeVpcEndpointsRequest$,
  () => DescribeVpcEndpointsResult$
];

// node_modules/@aws-sdk/client-ec2/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2016-11-15",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultEC2HttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsEc2QueryProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.ec2",
      errorTypeRegistries,
      xmlNamespace: "http://ec2.amazonaws.com/doc/2016-11-15",
      version: "2016-11-15",
      serviceTarget: "AmazonEC2"
    },
    serviceId: config?.serviceId ?? "EC2",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-ec2/dist-es/runtimeConfig.js
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
    defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 9e5),
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

// node_modules/@aws-sdk/client-ec2/dist-es/auth/httpAuthExtensionConfiguration.js
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

// node_modules/@aws-sdk/client-ec2/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-ec2/dist-es/EC2Client.js
var EC2Client = class extends Client {
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
      httpAuthSchemeParametersProvider: defaultEC2HttpAuthSchemeParametersProvider,
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
  DescribeManagedPrefixLists$,
  DescribeNatGateways$,
  DescribeNetworkAcls$,
  DescribeRouteTables$,
  DescribeSecurityGroups$,
  DescribeSubnets$,
  DescribeVpcAttribute$,
  DescribeVpcEndpoints$,
  EC2Client
};
