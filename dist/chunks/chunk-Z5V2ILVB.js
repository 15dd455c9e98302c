import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  ServiceException
} from "./chunk-3BRKJ3XX.js";
import {
  TypeRegistry
} from "./chunk-FJAKXPKF.js";

// node_modules/@aws-sdk/client-ecs/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "ecs"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-ecs/dist-es/models/ECSServiceException.js
var ECSServiceException = class _ECSServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.ecs#ECSServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _ECSServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-ecs/dist-es/models/errors.js
var AccessDeniedException = class _AccessDeniedException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#AccessDeniedException";
  name = "AccessDeniedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessDeniedException.prototype);
  }
};
var ClientException = class _ClientException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#ClientException";
  name = "ClientException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ClientException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ClientException.prototype);
  }
};
var ClusterNotFoundException = class _ClusterNotFoundException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#ClusterNotFoundException";
  name = "ClusterNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ClusterNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ClusterNotFoundException.prototype);
  }
};
var InvalidParameterException = class _InvalidParameterException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#InvalidParameterException";
  name = "InvalidParameterException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidParameterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterException.prototype);
  }
};
var LimitExceededException = class _LimitExceededException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#LimitExceededException";
  name = "LimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededException.prototype);
  }
};
var ServerException = class _ServerException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#ServerException";
  name = "ServerException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "ServerException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ServerException.prototype);
  }
};
var UnsupportedFeatureException = class _UnsupportedFeatureException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#UnsupportedFeatureException";
  name = "UnsupportedFeatureException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnsupportedFeatureException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedFeatureException.prototype);
  }
};
var UpdateInProgressException = class _UpdateInProgressException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#UpdateInProgressException";
  name = "UpdateInProgressException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UpdateInProgressException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UpdateInProgressException.prototype);
  }
};
var NamespaceNotFoundException = class _NamespaceNotFoundException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#NamespaceNotFoundException";
  name = "NamespaceNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NamespaceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NamespaceNotFoundException.prototype);
  }
};
var ClusterContainsCapacityProviderException = class _ClusterContainsCapacityProviderException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#ClusterContainsCapacityProviderException";
  name = "ClusterContainsCapacityProviderException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ClusterContainsCapacityProviderException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ClusterContainsCapacityProviderException.prototype);
  }
};
var ClusterContainsContainerInstancesException = class _ClusterContainsContainerInstancesException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#ClusterContainsContainerInstancesException";
  name = "ClusterContainsContainerInstancesException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ClusterContainsContainerInstancesException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ClusterContainsContainerInstancesException.prototype);
  }
};
var ClusterContainsServicesException = class _ClusterContainsServicesException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#ClusterContainsServicesException";
  name = "ClusterContainsServicesException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ClusterContainsServicesException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ClusterContainsServicesException.prototype);
  }
};
var ClusterContainsTasksException = class _ClusterContainsTasksException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#ClusterContainsTasksException";
  name = "ClusterContainsTasksException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ClusterContainsTasksException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ClusterContainsTasksException.prototype);
  }
};
var TargetNotConnectedException = class _TargetNotConnectedException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#TargetNotConnectedException";
  name = "TargetNotConnectedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TargetNotConnectedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TargetNotConnectedException.prototype);
  }
};
var ResourceInUseException = class _ResourceInUseException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#ResourceInUseException";
  name = "ResourceInUseException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceInUseException.prototype);
  }
};
var TargetNotFoundException = class _TargetNotFoundException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#TargetNotFoundException";
  name = "TargetNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TargetNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TargetNotFoundException.prototype);
  }
};
var ServiceNotFoundException = class _ServiceNotFoundException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#ServiceNotFoundException";
  name = "ServiceNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ServiceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceNotFoundException.prototype);
  }
};
var AttributeLimitExceededException = class _AttributeLimitExceededException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#AttributeLimitExceededException";
  name = "AttributeLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AttributeLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AttributeLimitExceededException.prototype);
  }
};
var MissingVersionException = class _MissingVersionException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#MissingVersionException";
  name = "MissingVersionException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MissingVersionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MissingVersionException.prototype);
  }
};
var NoUpdateAvailableException = class _NoUpdateAvailableException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#NoUpdateAvailableException";
  name = "NoUpdateAvailableException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoUpdateAvailableException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoUpdateAvailableException.prototype);
  }
};
var ServiceDeploymentNotFoundException = class _ServiceDeploymentNotFoundException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#ServiceDeploymentNotFoundException";
  name = "ServiceDeploymentNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ServiceDeploymentNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceDeploymentNotFoundException.prototype);
  }
};
var PlatformUnknownException = class _PlatformUnknownException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#PlatformUnknownException";
  name = "PlatformUnknownException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PlatformUnknownException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PlatformUnknownException.prototype);
  }
};
var DaemonNotActiveException = class _DaemonNotActiveException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#DaemonNotActiveException";
  name = "DaemonNotActiveException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DaemonNotActiveException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DaemonNotActiveException.prototype);
  }
};
var DaemonNotFoundException = class _DaemonNotFoundException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#DaemonNotFoundException";
  name = "DaemonNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DaemonNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DaemonNotFoundException.prototype);
  }
};
var GatewayNotFoundException = class _GatewayNotFoundException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#GatewayNotFoundException";
  name = "GatewayNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "GatewayNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _GatewayNotFoundException.prototype);
  }
};
var ResourceNotFoundException = class _ResourceNotFoundException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#ResourceNotFoundException";
  name = "ResourceNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
  }
};
var PlatformTaskDefinitionIncompatibilityException = class _PlatformTaskDefinitionIncompatibilityException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#PlatformTaskDefinitionIncompatibilityException";
  name = "PlatformTaskDefinitionIncompatibilityException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PlatformTaskDefinitionIncompatibilityException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PlatformTaskDefinitionIncompatibilityException.prototype);
  }
};
var ServiceNotActiveException = class _ServiceNotActiveException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#ServiceNotActiveException";
  name = "ServiceNotActiveException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ServiceNotActiveException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceNotActiveException.prototype);
  }
};
var ConflictException = class _ConflictException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#ConflictException";
  name = "ConflictException";
  $fault = "client";
  resourceIds;
  constructor(opts) {
    super({
      name: "ConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictException.prototype);
    this.resourceIds = opts.resourceIds;
  }
};
var TaskSetNotFoundException = class _TaskSetNotFoundException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#TaskSetNotFoundException";
  name = "TaskSetNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TaskSetNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TaskSetNotFoundException.prototype);
  }
};
var BlockedException = class _BlockedException extends ECSServiceException {
  static shapeId = "com.amazonaws.ecs#BlockedException";
  name = "BlockedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "BlockedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BlockedException.prototype);
  }
};

// node_modules/@aws-sdk/client-ecs/dist-es/schemas/schemas_0.js
var _A = "Attachment";
var _AC = "AdvancedConfiguration";
var _AD = "AttachmentDetails";
var _ADE = "AccessDeniedException";
var _ALEE = "AttributeLimitExceededException";
var _AVC = "AwsVpcConfiguration";
var _At = "Attribute";
var _Att = "Attachments";
var _Attr = "Attributes";
var _BE = "BlockedException";
var _C = "Cluster";
var _CA = "CreatedAt";
var _CC = "CanaryConfiguration";
var _CCCIE = "ClusterContainsContainerInstancesException";
var _CCCPE = "ClusterContainsCapacityProviderException";
var _CCR = "CreateClusterRequest";
var _CCSE = "ClusterContainsServicesException";
var _CCTE = "ClusterContainsTasksException";
var _CCl = "ClusterConfiguration";
var _CD = "ContainerDefinition";
var _CDR = "CreateDaemonRequest";
var _CDo = "ContainerDependency";
var _CDon = "ContainerDefinitions";
var _CDont = "ContainerDependencies";
var _CE = "ClientException";
var _CEo = "ConflictException";
var _CIHS = "ContainerInstanceHealthStatus";
var _CIo = "ContainerInstance";
var _CIont = "ContainerInstances";
var _CNFE = "ClusterNotFoundException";
var _CO = "ContainerOverride";
var _COo = "ContainerOverrides";
var _CPS = "CapacityProviderStrategy";
var _CPSI = "CapacityProviderStrategyItem";
var _CRP = "ContainerRestartPolicy";
var _CS = "ClusterSetting";
var _CSCD = "ClusterServiceConnectDefaults";
var _CSCDR = "ClusterServiceConnectDefaultsRequest";
var _CSl = "ClusterSettings";
var _Co = "Container";
var _Con = "Containers";
var _D = "Deployment";
var _DA = "DeploymentAlarms";
var _DAC = "DaemonAlarmConfiguration";
var _DC = "DeploymentConfiguration";
var _DCBe = "DeploymentCircuitBreaker";
var _DCD = "DaemonContainerDefinition";
var _DCIRes = "DescribeContainerInstancesRequest";
var _DCIResc = "DescribeContainerInstancesResponse";
var _DCIes = "DescribeContainerInstances";
var _DCPRes = "DescribeCapacityProvidersRequest";
var _DCRes = "DescribeClustersRequest";
var _DCe = "DeploymentController";
var _DDA = "DaemonDeploymentAlarms";
var _DDC = "DaemonDeploymentConfiguration";
var _DDDR = "DescribeDaemonDeploymentsRequest";
var _DDRR = "DescribeDaemonRevisionsRequest";
var _DEGSRes = "DescribeExpressGatewayServiceRequest";
var _DES = "DeploymentEphemeralStorage";
var _DESC = "DeploymentEarlySuccessCriteria";
var _DL = "DevicesList";
var _DLH = "DeploymentLifecycleHook";
var _DLHD = "DeploymentLifecycleHookDetail";
var _DLHDL = "DeploymentLifecycleHookDetailList";
var _DLHL = "DeploymentLifecycleHookList";
var _DLHTC = "DeploymentLifecycleHookTimeoutConfiguration";
var _DLP = "DaemonLinuxParameters";
var _DNAE = "DaemonNotActiveException";
var _DNFE = "DaemonNotFoundException";
var _DRa = "DaemonRollback";
var _DSD = "DescribeServiceDeployments";
var _DSDR = "DescribeServiceDeploymentsRequest";
var _DSDRe = "DescribeServiceDeploymentsResponse";
var _DSRR = "DescribeServiceRevisionsRequest";
var _DSRes = "DescribeServicesRequest";
var _DSResc = "DescribeServicesResponse";
var _DSes = "DescribeServices";
var _DT = "DescribeTasks";
var _DTDR = "DeleteTaskDefinitionsRequest";
var _DTDRes = "DescribeTaskDefinitionRequest";
var _DTDResc = "DescribeTaskDefinitionResponse";
var _DTDes = "DescribeTaskDefinition";
var _DTR = "DescribeTasksRequest";
var _DTRe = "DescribeTasksResponse";
var _DTSRes = "DescribeTaskSetsRequest";
var _DVC = "DockerVolumeConfiguration";
var _De = "Device";
var _Dep = "Deployments";
var _EBSTS = "EBSTagSpecification";
var _EBSTSa = "EBSTagSpecifications";
var _ECC = "ExecuteCommandConfiguration";
var _ECLC = "ExecuteCommandLogConfiguration";
var _EF = "EnvironmentFile";
var _EFSAC = "EFSAuthorizationConfig";
var _EFSVC = "EFSVolumeConfiguration";
var _EFn = "EnvironmentFiles";
var _EGC = "ExpressGatewayContainer";
var _EGR = "ElbGatewayResources";
var _EGRC = "ExpressGatewayRepositoryCredentials";
var _EGSALC = "ExpressGatewayServiceAwsLogsConfiguration";
var _EGSNC = "ExpressGatewayServiceNetworkConfiguration";
var _ES = "EphemeralStorage";
var _EV = "EnvironmentVariables";
var _F = "Failure";
var _FC = "FirelensConfiguration";
var _FSWFSAC = "FSxWindowsFileServerAuthorizationConfig";
var _FSWFSVC = "FSxWindowsFileServerVolumeConfiguration";
var _Fa = "Failures";
var _GCAR = "GatewayConnectionAlbResources";
var _GCF = "GatewayConnectorFilters";
var _GCHC = "GatewayConnectorHealthCheck";
var _GCHCM = "GatewayConnectorHealthCheckMatcher";
var _GCLa = "GatewayConnectorList";
var _GCa = "GatewayConnector";
var _GD = "GpuDevice";
var _GDp = "GpuDevices";
var _GENC = "GatewayElbNetworkConfiguration";
var _GNFE = "GatewayNotFoundException";
var _GRAR = "GatewayRouteAlbResources";
var _GRLBSG = "GatewayRouteLoadBalancerSecurityGroup";
var _GRLBSGL = "GatewayRouteLoadBalancerSecurityGroupList";
var _GTPR = "GetTaskProtectionRequest";
var _GTTH = "GatewayTestTrafficHeader";
var _HC = "HealthCheck";
var _HE = "HostEntry";
var _HEL = "HostEntryList";
var _HVP = "HostVolumeProperties";
var _IA = "InferenceAccelerator";
var _IAO = "InferenceAcceleratorOverride";
var _IAOn = "InferenceAcceleratorOverrides";
var _IAn = "InferenceAccelerators";
var _IHCR = "InstanceHealthCheckResult";
var _IHCRL = "InstanceHealthCheckResultList";
var _IPE = "InvalidParameterException";
var _KC = "KernelCapabilities";
var _KVP = "KeyValuePair";
var _LB = "LoadBalancer";
var _LBo = "LoadBalancers";
var _LC = "LinearConfiguration";
var _LCIRi = "ListContainerInstancesResponse";
var _LCRi = "ListClustersResponse";
var _LCo = "LogConfiguration";
var _LDDR = "ListDaemonDeploymentsRequest";
var _LDR = "ListDaemonsRequest";
var _LEE = "LimitExceededException";
var _LGCAR = "ListGatewayClusterAssociationsRequest";
var _LGR = "ListGatewaysRequest";
var _LGRR = "ListGatewayRoutesRequest";
var _LP = "LinuxParameters";
var _LSBNRi = "ListServicesByNamespaceResponse";
var _LSD = "ListServiceDeployments";
var _LSDR = "ListServiceDeploymentsRequest";
var _LSDRi = "ListServiceDeploymentsResponse";
var _LSRi = "ListServicesResponse";
var _LT = "ListTasks";
var _LTDFRi = "ListTaskDefinitionFamiliesResponse";
var _LTDRi = "ListTaskDefinitionsResponse";
var _LTR = "ListTasksRequest";
var _LTRi = "ListTasksResponse";
var _MA = "ManagedAgent";
var _MAa = "ManagedAgents";
var _MCL = "MetricConfigurationList";
var _MCe = "MetricConfiguration";
var _MCo = "MonitoringConfiguration";
var _MINC = "ManagedInstancesNetworkConfiguration";
var _MLB = "ManagedLoadBalancer";
var _MP = "MountPoint";
var _MPL = "MountPointList";
var _MSC = "ManagedStorageConfiguration";
var _MVE = "MissingVersionException";
var _NB = "NetworkBinding";
var _NBe = "NetworkBindings";
var _NC = "NetworkConfiguration";
var _NI = "NetworkInterface";
var _NIe = "NetworkInterfaces";
var _NMA = "NvidiaMpsAllocation";
var _NNFE = "NamespaceNotFoundException";
var _NUAE = "NoUpdateAvailableException";
var _PC = "PlacementConstraint";
var _PCCPR = "PutClusterCapacityProvidersRequest";
var _PCP = "ProxyConfigurationProperties";
var _PCl = "PlacementConstraints";
var _PCr = "ProxyConfiguration";
var _PM = "PortMapping";
var _PML = "PortMappingList";
var _PS = "PlacementStrategy";
var _PSl = "PlacementStrategies";
var _PTDIE = "PlatformTaskDefinitionIncompatibilityException";
var _PUE = "PlatformUnknownException";
var _R = "Resource";
var _RA = "RequiresAttributes";
var _RC = "RepositoryCredentials";
var _RIUE = "ResourceInUseException";
var _RNFE = "ResourceNotFoundException";
var _RP = "RuntimePlatform";
var _RR = "ResourceRequirement";
var _RRe = "ResourceRequirements";
var _RTDR = "RegisterTaskDefinitionRequest";
var _Re = "Resources";
var _Ro = "Rollback";
var _S = "Scale";
var _SC = "SystemControl";
var _SCALC = "ServiceConnectAccessLogConfiguration";
var _SCC = "ServiceConnectConfiguration";
var _SCCA = "ServiceConnectClientAlias";
var _SCCAL = "ServiceConnectClientAliasList";
var _SCCC = "ServiceConnectContainerConfigurations";
var _SCCCe = "ServiceConnectContainerConfiguration";
var _SCRS = "ServiceCurrentRevisionSummary";
var _SCRSL = "ServiceCurrentRevisionSummaryList";
var _SCS = "ServiceConnectService";
var _SCSL = "ServiceConnectServiceList";
var _SCSR = "ServiceConnectServiceResource";
var _SCSRL = "ServiceConnectServiceResourceList";
var _SCTC = "ServiceConnectTlsConfiguration";
var _SCTCA = "ServiceConnectTlsCertificateAuthority";
var _SCTTHMR = "ServiceConnectTestTrafficHeaderMatchRules";
var _SCTTHR = "ServiceConnectTestTrafficHeaderRules";
var _SCTTR = "ServiceConnectTestTrafficRules";
var _SCy = "SystemControls";
var _SD = "ServiceDeployment";
var _SDA = "ServiceDeploymentAlarms";
var _SDB = "ServiceDeploymentBrief";
var _SDBe = "ServiceDeploymentsBrief";
var _SDCB = "ServiceDeploymentCircuitBreaker";
var _SDNFE = "ServiceDeploymentNotFoundException";
var _SDe = "ServiceDeployments";
var _SE = "ServerException";
var _SEe = "ServiceEvent";
var _SEer = "ServiceEvents";
var _SFVC = "S3FilesVolumeConfiguration";
var _SL = "SecretList";
var _SMEBSVC = "ServiceManagedEBSVolumeConfiguration";
var _SNAE = "ServiceNotActiveException";
var _SNFE = "ServiceNotFoundException";
var _SR = "ServiceRegistry";
var _SRS = "ServiceRevisionSummary";
var _SRSL = "ServiceRevisionsSummaryList";
var _SRer = "ServiceRegistries";
var _SSD = "StopServiceDeployment";
var _SSDR = "StopServiceDeploymentRequest";
var _SSDRt = "StopServiceDeploymentResponse";
var _SSh = "SharingStrategy";
var _STR = "StartTaskRequest";
var _SVC = "ServiceVolumeConfiguration";
var _SVCe = "ServiceVolumeConfigurations";
var _Se = "Secret";
var _Ser = "Service";
var _Serv = "Services";
var _St = "Statistics";
var _T = "Tag";
var _TC = "ThresholdConfiguration";
var _TCi = "TimeoutConfiguration";
var _TD = "TaskDefinition";
var _TDPC = "TaskDefinitionPlacementConstraint";
var _TDPCa = "TaskDefinitionPlacementConstraints";
var _TES = "TaskEphemeralStorage";
var _TL = "TmpfsList";
var _TMEBSVC = "TaskManagedEBSVolumeConfiguration";
var _TMEBSVTP = "TaskManagedEBSVolumeTerminationPolicy";
var _TNCE = "TargetNotConnectedException";
var _TNFE = "TargetNotFoundException";
var _TO = "TaskOverride";
var _TS = "TaskSet";
var _TSNFE = "TaskSetNotFoundException";
var _TSa = "TaskSets";
var _TVC = "TaskVolumeConfiguration";
var _TVCa = "TaskVolumeConfigurations";
var _Ta = "Task";
var _Tag = "Tags";
var _Tas = "Tasks";
var _Tm = "Tmpfs";
var _U = "Ulimit";
var _UCISR = "UpdateContainerInstancesStateRequest";
var _UDR = "UpdateDaemonRequest";
var _UFE = "UnsupportedFeatureException";
var _UIPE = "UpdateInProgressException";
var _UL = "UlimitList";
var _URR = "UntagResourceRequest";
var _US = "UpdateService";
var _USR = "UpdateServiceRequest";
var _USRp = "UpdateServiceResponse";
var _UTPR = "UpdateTaskProtectionRequest";
var _V = "Volume";
var _VF = "VolumeFrom";
var _VFL = "VolumeFromList";
var _VI = "VersionInfo";
var _VL = "VolumeList";
var _VLAC = "VpcLatticeAdvancedConfiguration";
var _VLC = "VpcLatticeConfiguration";
var _VLCp = "VpcLatticeConfigurations";
var _a = "attachments";
var _aC = "agentConnected";
var _aCA = "acmCertificateArn";
var _aCd = "advancedConfiguration";
var _aCu = "authorizationConfig";
var _aCw = "awsvpcConfiguration";
var _aH = "agentHash";
var _aI = "attachmentId";
var _aLC = "awsLogsConfiguration";
var _aLCc = "accessLogConfiguration";
var _aN = "alarmNames";
var _aP = "appProtocol";
var _aPA = "accessPointArn";
var _aPAA = "awsPcaAuthorityArn";
var _aPI = "assignPublicIp";
var _aPIc = "accessPointId";
var _aSC = "activeServicesCount";
var _aSt = "attachmentsStatus";
var _aTGA = "alternateTargetGroupArn";
var _aTc = "accessTypes";
var _aUS = "agentUpdateStatus";
var _aVg = "agentVersion";
var _aZ = "availabilityZone";
var _aZR = "availabilityZoneRebalancing";
var _ac = "action";
var _ad = "add";
var _af = "after";
var _al = "alarms";
var _ar = "arn";
var _at = "attributes";
var _au = "autoprovision";
var _b = "base";
var _bIP = "bindIP";
var _bTIM = "bakeTimeInMinutes";
var _be = "before";
var _c = "client";
var _cA = "clusterArn";
var _cAL = "configuredAtLaunch";
var _cAl = "clusterArns";
var _cAli = "clientAliases";
var _cAo = "containerArn";
var _cAon = "connectivityAt";
var _cAp = "cpuArchitecture";
var _cAr = "createdAt";
var _cBTIM = "canaryBakeTimeInMinutes";
var _cBr = "createdBy";
var _cC = "canaryConfiguration";
var _cCo = "containerCount";
var _cCon = "containerConfigurations";
var _cD = "containerDefinitions";
var _cDC = "computedDesiredCount";
var _cIA = "containerInstanceArn";
var _cIAo = "containerInstanceArns";
var _cIo = "containerInstance";
var _cIon = "containerInstances";
var _cN = "clusterName";
var _cNo = "containerName";
var _cO = "containerOverrides";
var _cP = "canaryPercent";
var _cPAa = "capacityProviderArns";
var _cPN = "capacityProviderName";
var _cPR = "containerPortRange";
var _cPS = "capacityProviderStrategy";
var _cPa = "capacityProvider";
var _cPap = "capacityProviders";
var _cPo = "containerPath";
var _cPon = "containerPort";
var _cPr = "credentialsParameter";
var _cS = "credentialSpecs";
var _cSD = "currentServiceDeployment";
var _cSR = "currentServiceRevisions";
var _cT = "clientToken";
var _cWEE = "cloudWatchEncryptionEnabled";
var _cWLGN = "cloudWatchLogGroupName";
var _ca = "capabilities";
var _cl = "cluster";
var _clu = "clusters";
var _co = "configuration";
var _com = "command";
var _comp = "compatibilities";
var _con = "condition";
var _conn = "connectivity";
var _conta = "containers";
var _cp = "cpu";
var _cr = "critical";
var _d = "details";
var _dA = "daemonArn";
var _dAer = "deregisteredAt";
var _dAi = "discoveryArn";
var _dC = "deploymentConfiguration";
var _dCB = "deploymentCircuitBreaker";
var _dCPS = "defaultCapacityProviderStrategy";
var _dCe = "desiredCount";
var _dCep = "deploymentController";
var _dDAa = "daemonDeploymentArns";
var _dL = "dockerLabels";
var _dN = "disableNetworking";
var _dNa = "daemonName";
var _dNe = "deviceName";
var _dNi = "discoveryName";
var _dNn = "dnsName";
var _dO = "dependsOn";
var _dOT = "deleteOnTermination";
var _dOr = "driverOpts";
var _dPr = "drainPercent";
var _dRAa = "daemonRevisionArns";
var _dRAe = "deleteRequestedAt";
var _dS = "dnsServers";
var _dSD = "dnsSearchDomains";
var _dSO = "dockerSecurityOptions";
var _dSe = "desiredStatus";
var _dT = "deviceType";
var _dTDA = "daemonTaskDefinitionArn";
var _dV = "doubleValue";
var _dVC = "dockerVolumeConfiguration";
var _dVo = "dockerVersion";
var _de = "devices";
var _dep = "deployments";
var _det = "detail";
var _do = "domain";
var _dr = "driver";
var _dro = "drop";
var _eA = "expiresAt";
var _eC = "exitCode";
var _eCC = "executeCommandConfiguration";
var _eEC = "enableExecuteCommand";
var _eECSMT = "enableECSManagedTags";
var _eF = "environmentFiles";
var _eFI = "enableFaultInjection";
var _eH = "extraHosts";
var _eI = "externalId";
var _eII = "ec2InstanceId";
var _eIM = "expiresInMinutes";
var _eP = "entryPoint";
var _eRA = "executionRoleArn";
var _eSA = "executionStoppedAt";
var _eSC = "earlySuccessCriteria";
var _eSp = "ephemeralStorage";
var _eVC = "efsVolumeConfiguration";
var _en = "environment";
var _ena = "enabled";
var _enab = "enable";
var _enc = "encrypted";
var _es = "essential";
var _ev = "events";
var _ex = "expression";
var _exa = "exact";
var _f = "family";
var _fA = "finishedAt";
var _fC = "firelensConfiguration";
var _fCa = "failureCount";
var _fES = "fargateEphemeralStorage";
var _fESKKI = "fargateEphemeralStorageKmsKeyId";
var _fND = "forceNewDeployment";
var _fSA = "fileSystemArn";
var _fSI = "fileSystemId";
var _fT = "failedTasks";
var _fTi = "filesystemType";
var _fWFSVC = "fsxWindowsFileServerVolumeConfiguration";
var _fa = "failures";
var _fam = "families";
var _fi = "filters";
var _fie = "field";
var _for = "format";
var _g = "gateway";
var _gC = "gatewayConnectors";
var _gCr = "grpcCode";
var _gD = "gpuDevices";
var _gI = "gpuIds";
var _gIp = "gpuId";
var _gRAa = "gatewayRouteArns";
var _gSS = "gpuSharingStrategy";
var _gr = "group";
var _h = "hostname";
var _hC = "healthCheck";
var _hCGPS = "healthCheckGracePeriodSeconds";
var _hCIS = "healthCheckIntervalSeconds";
var _hCP = "healthCheckPath";
var _hCPe = "healthCheckProtocol";
var _hCPea = "healthCheckPort";
var _hCTS = "healthCheckTimeoutSeconds";
var _hCt = "httpCode";
var _hD = "hookDetails";
var _hI = "hookId";
var _hL = "hardLimit";
var _hP = "healthyPercent";
var _hPR = "hostPortRange";
var _hPo = "hostPath";
var _hPos = "hostPort";
var _hS = "healthStatus";
var _hTA = "hookTargetArn";
var _hTC = "healthyThresholdCount";
var _he = "header";
var _ho = "host";
var _i = "id";
var _iA = "ipAddress";
var _iAO = "inferenceAcceleratorOverrides";
var _iAT = "ipAddressType";
var _iAn = "inferenceAccelerators";
var _iAp = "ipv6Address";
var _iCA = "issuerCertificateAuthority";
var _iD = "imageDigest";
var _iEC = "ignoredExitCodes";
var _iM = "ipcMode";
var _iPE = "initProcessEnabled";
var _iPO = "ingressPortOverride";
var _iQP = "includeQueryParameters";
var _iSG = "inboundSecurityGroup";
var _iTS = "idleTimeoutSeconds";
var _iV = "integerValue";
var _ia = "iam";
var _im = "image";
var _in = "interactive";
var _inc = "include";
var _int = "interval";
var _io = "iops";
var _k = "key";
var _kK = "kmsKey";
var _kKI = "kmsKeyId";
var _l = "links";
var _lA = "listenerArn";
var _lB = "loadBalancers";
var _lBA = "loadBalancerArn";
var _lBN = "loadBalancerName";
var _lBSG = "loadBalancerSecurityGroups";
var _lBSGA = "loadBalancerSecurityGroupArns";
var _lC = "logConfiguration";
var _lCi = "linearConfiguration";
var _lD = "logDriver";
var _lGo = "logGroup";
var _lH = "lifecycleHooks";
var _lHD = "lifecycleHookDetails";
var _lL = "logLevel";
var _lP = "linuxParameters";
var _lRA = "listenerRuleArn";
var _lS = "lastStatus";
var _lSA = "lastStartedAt";
var _lSC = "lastStatusChange";
var _lSP = "logStreamPrefix";
var _lSi = "lifecycleStages";
var _lSif = "lifecycleStage";
var _lT = "launchType";
var _lU = "lastUpdated";
var _lV = "longValue";
var _la = "labels";
var _lo = "logging";
var _m = "message";
var _mA = "managedAgents";
var _mCP = "maxComputePercent";
var _mCe = "metricConfigurations";
var _mEBSV = "managedEBSVolume";
var _mHP = "minimumHealthyPercent";
var _mN = "metricNames";
var _mO = "mountOptions";
var _mP = "mountPoints";
var _mPa = "maximumPercent";
var _mR = "memoryReservation";
var _mRa = "maxResults";
var _mSC = "managedStorageConfiguration";
var _mSa = "maxSwap";
var _mat = "matcher";
var _me = "memory";
var _mo = "monitoring";
var _n = "name";
var _nB = "networkBindings";
var _nC = "networkConfiguration";
var _nDI = "neuronDeviceIds";
var _nI = "networkInterfaces";
var _nM = "networkMode";
var _nMv = "nvidiaMps";
var _nT = "nextToken";
var _na = "namespace";
var _nam = "names";
var _o = "options";
var _oS = "overallStatus";
var _oSF = "operatingSystemFamily";
var _ov = "overrides";
var _p = "privileged";
var _pCe = "pendingCount";
var _pCl = "placementConstraints";
var _pCr = "proxyConfiguration";
var _pE = "protectionEnabled";
var _pF = "platformFamily";
var _pIA = "privateIpv4Address";
var _pLR = "productionListenerRule";
var _pM = "portMappings";
var _pMi = "pidMode";
var _pN = "portName";
var _pRTS = "perRequestTimeoutSeconds";
var _pS = "placementStrategy";
var _pSA = "pullStartedAt";
var _pSAu = "pullStoppedAt";
var _pT = "pseudoTerminal";
var _pTC = "pendingTasksCount";
var _pTCe = "pendingTaskCount";
var _pTr = "propagateTags";
var _pV = "platformVersion";
var _pe = "permissions";
var _po = "port";
var _pr = "protocol";
var _pro = "properties";
var _r = "reason";
var _rA = "roleArn";
var _rAP = "restartAttemptPeriod";
var _rAe = "registeredAt";
var _rAeg = "registryArn";
var _rAeq = "requiresAttributes";
var _rAes = "resourceArn";
var _rAu = "ruleArns";
var _rB = "registeredBy";
var _rC = "repositoryCredentials";
var _rCIC = "registeredContainerInstancesCount";
var _rCP = "rollbackCapacityProviders";
var _rCe = "requiresCompatibilities";
var _rCu = "runningCount";
var _rD = "rootDirectory";
var _rI = "resourceIds";
var _rIe = "referenceId";
var _rIu = "runtimeId";
var _rMIMB = "remainingMemoryInMiB";
var _rMT = "resourceManagementType";
var _rO = "readOnly";
var _rOHT = "resetOnHealthyTask";
var _rPTW = "requestedProductionTrafficWeight";
var _rPe = "restartPolicy";
var _rPu = "runtimePlatform";
var _rR = "resourceRequirements";
var _rRF = "readonlyRootFilesystem";
var _rRe = "remainingResources";
var _rReg = "registeredResources";
var _rS = "rolloutState";
var _rSR = "rolloutStateReason";
var _rSe = "resolutionSeconds";
var _rT = "resourceType";
var _rTC = "runningTasksCount";
var _rTCe = "requestedTaskCount";
var _rTCu = "runningTaskCount";
var _rTDRA = "rollbackTargetDaemonRevisionArn";
var _rTTW = "requestedTestTrafficWeight";
var _re = "revision";
var _ret = "retries";
var _rol = "rollback";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.ecs";
var _sA = "startedAt";
var _sAe = "serviceArn";
var _sAer = "serviceArns";
var _sAt = "stoppedAt";
var _sAto = "stoppingAt";
var _sB = "startedBy";
var _sBN = "s3BucketName";
var _sBTIM = "stepBakeTimeInMinutes";
var _sC = "systemControls";
var _sCC = "serviceConnectConfiguration";
var _sCD = "serviceConnectDefaults";
var _sCPN = "serviceContainerPortName";
var _sCR = "serviceConnectResources";
var _sCo = "sourceContainer";
var _sCtop = "stopCode";
var _sD = "serviceDeployments";
var _sDA = "serviceDeploymentArn";
var _sDAe = "serviceDeploymentArns";
var _sEE = "s3EncryptionEnabled";
var _sG = "securityGroups";
var _sGI = "securityGroupIds";
var _sGe = "securityGroup";
var _sI = "subnetIds";
var _sIGB = "sizeInGiB";
var _sIn = "snapshotId";
var _sKP = "s3KeyPrefix";
var _sL = "softLimit";
var _sM = "sharingMode";
var _sMS = "sharedMemorySize";
var _sN = "serviceName";
var _sO = "secretOptions";
var _sP = "startPeriod";
var _sPo = "sourcePath";
var _sPt = "stepPercent";
var _sR = "statusReason";
var _sRA = "serviceRevisionArns";
var _sRAe = "serviceRevisionArn";
var _sRe = "serviceRegistries";
var _sRt = "stoppedReason";
var _sS = "schedulingStrategy";
var _sSA = "stabilityStatusAt";
var _sSGA = "serviceSecurityGroupArn";
var _sSR = "sourceServiceRevisions";
var _sSRC = "sourceServiceRevisionCleanup";
var _sSV = "stringSetValue";
var _sSh = "sharingStrategy";
var _sSt = "stabilityStatus";
var _sT = "startTimeout";
var _sTt = "stopTimeout";
var _sTto = "stopType";
var _sV = "sourceVolume";
var _sVC = "s3filesVolumeConfiguration";
var _sc = "scale";
var _sch = "scheme";
var _sco = "scope";
var _se = "server";
var _sec = "secrets";
var _ser = "service";
var _serv = "services";
var _set = "settings";
var _si = "size";
var _st = "status";
var _sta = "statistics";
var _str = "strategy";
var _su = "subnets";
var _sw = "swappiness";
var _t = "type";
var _tA = "taskArn";
var _tAN = "triggeredAlarmNames";
var _tAa = "targetArn";
var _tAas = "taskArns";
var _tAi = "timeoutAction";
var _tC = "thresholdConfiguration";
var _tCi = "timeoutConfiguration";
var _tD = "taskDefinition";
var _tDA = "taskDefinitionArn";
var _tDAa = "taskDefinitionArns";
var _tDa = "taskDefinitions";
var _tEP = "transitEncryptionPort";
var _tEr = "transitEncryption";
var _tGA = "targetGroupArn";
var _tI = "targetId";
var _tIM = "timeoutInMinutes";
var _tK = "tagKeys";
var _tLR = "testListenerRule";
var _tLRA = "testListenerRuleArn";
var _tLRAe = "testListenerRuleArns";
var _tMIMB = "totalMemoryInMiB";
var _tP = "terminationPolicy";
var _tRA = "taskRoleArn";
var _tSA = "taskSetArn";
var _tSR = "targetServiceRevision";
var _tSRA = "targetServiceRevisionArn";
var _tSa = "taskSets";
var _tSag = "tagSpecifications";
var _tT = "targetType";
var _tTR = "testTrafficRules";
var _ta = "tags";
var _tas = "tasks";
var _th = "threshold";
var _thr = "throughput";
var _ti = "timeout";
var _tl = "tls";
var _tm = "tmpfs";
var _u = "user";
var _uA = "updatedAt";
var _uTC = "unhealthyThresholdCount";
var _ul = "ulimits";
var _un = "unit";
var _v = "value";
var _vC = "versionConsistency";
var _vCo = "volumeConfigurations";
var _vF = "volumesFrom";
var _vFa = "valueFrom";
var _vI = "versionInfo";
var _vIR = "volumeInitializationRate";
var _vLC = "vpcLatticeConfigurations";
var _vT = "volumeType";
var _va = "values";
var _ve = "version";
var _vo = "volumes";
var _w = "weight";
var _wD = "workingDirectory";
var n0 = "com.amazonaws.ecs";
var _s_registry = new TypeRegistry(_s);
var ECSServiceException$ = [-3, _s, "ECSServiceException", 0, [], []];
_s_registry.registerError(ECSServiceException$, ECSServiceException);
var n0_registry = new TypeRegistry(n0);
var AccessDeniedException$ = [
  -3,
  n0,
  _ADE,
  { "error": _c, "httpError": 403 },
  [_m],
  [0]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var AttributeLimitExceededException$ = [
  -3,
  n0,
  _ALEE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(AttributeLimitExceededException$, AttributeLimitExceededException);
var BlockedException$ = [
  -3,
  n0,
  _BE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(BlockedException$, BlockedException);
var ClientException$ = [
  -3,
  n0,
  _CE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(ClientException$, ClientException);
var ClusterContainsCapacityProviderException$ = [
  -3,
  n0,
  _CCCPE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(ClusterContainsCapacityProviderException$, ClusterContainsCapacityProviderException);
var ClusterContainsContainerInstancesException$ = [
  -3,
  n0,
  _CCCIE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(ClusterContainsContainerInstancesException$, ClusterContainsContainerInstancesException);
var ClusterContainsServicesException$ = [
  -3,
  n0,
  _CCSE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(ClusterContainsServicesException$, ClusterContainsServicesException);
var ClusterContainsTasksException$ = [
  -3,
  n0,
  _CCTE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(ClusterContainsTasksException$, ClusterContainsTasksException);
var ClusterNotFoundException$ = [
  -3,
  n0,
  _CNFE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(ClusterNotFoundException$, ClusterNotFoundException);
var ConflictException$ = [
  -3,
  n0,
  _CEo,
  { "error": _c },
  [_rI, _m],
  [64 | 0, 0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var DaemonNotActiveException$ = [
  -3,
  n0,
  _DNAE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(DaemonNotActiveException$, DaemonNotActiveException);
var DaemonNotFoundException$ = [
  -3,
  n0,
  _DNFE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(DaemonNotFoundException$, DaemonNotFoundException);
var GatewayNotFoundException$ = [
  -3,
  n0,
  _GNFE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(GatewayNotFoundException$, GatewayNotFoundException);
var InvalidParameterException$ = [
  -3,
  n0,
  _IPE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
var LimitExceededException$ = [
  -3,
  n0,
  _LEE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var MissingVersionException$ = [
  -3,
  n0,
  _MVE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(MissingVersionException$, MissingVersionException);
var NamespaceNotFoundException$ = [
  -3,
  n0,
  _NNFE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(NamespaceNotFoundException$, NamespaceNotFoundException);
var NoUpdateAvailableException$ = [
  -3,
  n0,
  _NUAE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(NoUpdateAvailableException$, NoUpdateAvailableException);
var PlatformTaskDefinitionIncompatibilityException$ = [
  -3,
  n0,
  _PTDIE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(PlatformTaskDefinitionIncompatibilityException$, PlatformTaskDefinitionIncompatibilityException);
var PlatformUnknownException$ = [
  -3,
  n0,
  _PUE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(PlatformUnknownException$, PlatformUnknownException);
var ResourceInUseException$ = [
  -3,
  n0,
  _RIUE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(ResourceInUseException$, ResourceInUseException);
var ResourceNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ServerException$ = [
  -3,
  n0,
  _SE,
  { "error": _se },
  [_m],
  [0]
];
n0_registry.registerError(ServerException$, ServerException);
var ServiceDeploymentNotFoundException$ = [
  -3,
  n0,
  _SDNFE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(ServiceDeploymentNotFoundException$, ServiceDeploymentNotFoundException);
var ServiceNotActiveException$ = [
  -3,
  n0,
  _SNAE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(ServiceNotActiveException$, ServiceNotActiveException);
var ServiceNotFoundException$ = [
  -3,
  n0,
  _SNFE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(ServiceNotFoundException$, ServiceNotFoundException);
var TargetNotConnectedException$ = [
  -3,
  n0,
  _TNCE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(TargetNotConnectedException$, TargetNotConnectedException);
var TargetNotFoundException$ = [
  -3,
  n0,
  _TNFE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(TargetNotFoundException$, TargetNotFoundException);
var TaskSetNotFoundException$ = [
  -3,
  n0,
  _TSNFE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(TaskSetNotFoundException$, TaskSetNotFoundException);
var UnsupportedFeatureException$ = [
  -3,
  n0,
  _UFE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(UnsupportedFeatureException$, UnsupportedFeatureException);
var UpdateInProgressException$ = [
  -3,
  n0,
  _UIPE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(UpdateInProgressException$, UpdateInProgressException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AdvancedConfiguration$ = [
  3,
  n0,
  _AC,
  0,
  [_aTGA, _pLR, _tLR, _rA],
  [0, 0, 0, 0]
];
var Attachment$ = [
  3,
  n0,
  _A,
  0,
  [_i, _t, _st, _d],
  [0, 0, 0, () => AttachmentDetails]
];
var Attribute$ = [
  3,
  n0,
  _At,
  0,
  [_n, _v, _tT, _tI],
  [0, 0, 0, 0],
  1
];
var AwsVpcConfiguration$ = [
  3,
  n0,
  _AVC,
  0,
  [_su, _sG, _aPI],
  [64 | 0, 64 | 0, 0],
  1
];
var CanaryConfiguration$ = [
  3,
  n0,
  _CC,
  0,
  [_cP, _cBTIM],
  [1, 1]
];
var CapacityProviderStrategyItem$ = [
  3,
  n0,
  _CPSI,
  0,
  [_cPa, _w, _b],
  [0, 1, 1],
  1
];
var Cluster$ = [
  3,
  n0,
  _C,
  0,
  [_cA, _cN, _co, _st, _rCIC, _rTC, _pTC, _aSC, _sta, _ta, _set, _cPap, _dCPS, _a, _aSt, _sCD],
  [0, 0, () => ClusterConfiguration$, 0, 1, 1, 1, 1, () => Statistics, () => Tags, () => ClusterSettings, 64 | 0, () => CapacityProviderStrategy, () => Attachments, 0, () => ClusterServiceConnectDefaults$]
];
var ClusterConfiguration$ = [
  3,
  n0,
  _CCl,
  0,
  [_eCC, _mSC],
  [() => ExecuteCommandConfiguration$, () => ManagedStorageConfiguration$]
];
var ClusterServiceConnectDefaults$ = [
  3,
  n0,
  _CSCD,
  0,
  [_na],
  [0]
];
var ClusterServiceConnectDefaultsRequest$ = [
  3,
  n0,
  _CSCDR,
  0,
  [_na],
  [0],
  1
];
var ClusterSetting$ = [
  3,
  n0,
  _CS,
  0,
  [_n, _v],
  [0, 0]
];
var Container$ = [
  3,
  n0,
  _Co,
  0,
  [_cAo, _tA, _n, _im, _iD, _rIu, _lS, _eC, _r, _nB, _nI, _hS, _mA, _cp, _me, _mR, _gI, _nDI, _gSS],
  [0, 0, 0, 0, 0, 0, 0, 1, 0, () => NetworkBindings, () => NetworkInterfaces, 0, () => ManagedAgents, 0, 0, 0, 64 | 0, 64 | 0, () => SharingStrategy$]
];
var ContainerDefinition$ = [
  3,
  n0,
  _CD,
  0,
  [_n, _im, _rC, _cp, _me, _mR, _l, _pM, _es, _rPe, _eP, _com, _en, _eF, _mP, _vF, _lP, _sec, _dO, _sT, _sTt, _vC, _h, _u, _wD, _dN, _p, _rRF, _dS, _dSD, _eH, _dSO, _in, _pT, _dL, _ul, _lC, _hC, _sC, _rR, _fC, _cS],
  [0, 0, [() => RepositoryCredentials$, 0], 1, 1, 1, 64 | 0, () => PortMappingList, 2, () => ContainerRestartPolicy$, 64 | 0, 64 | 0, [() => EnvironmentVariables, 0], () => EnvironmentFiles, () => MountPointList, () => VolumeFromList, () => LinuxParameters$, () => SecretList, () => ContainerDependencies, 1, 1, 0, 0, 0, 0, 2, 2, 2, 64 | 0, 64 | 0, () => HostEntryList, 64 | 0, 2, 2, 128 | 0, () => UlimitList, () => LogConfiguration$, () => HealthCheck$, () => SystemControls, () => ResourceRequirements, () => FirelensConfiguration$, 64 | 0]
];
var ContainerDependency$ = [
  3,
  n0,
  _CDo,
  0,
  [_cNo, _con],
  [0, 0],
  2
];
var ContainerInstance$ = [
  3,
  n0,
  _CIo,
  0,
  [_cIA, _eII, _cPN, _ve, _vI, _rRe, _rReg, _st, _sR, _aC, _rTC, _pTC, _aUS, _at, _rAe, _a, _ta, _hS, _gD],
  [0, 0, 0, 1, () => VersionInfo$, () => Resources, () => Resources, 0, 0, 2, 1, 1, 0, () => Attributes, 4, () => Attachments, () => Tags, () => ContainerInstanceHealthStatus$, () => GpuDevices]
];
var ContainerInstanceHealthStatus$ = [
  3,
  n0,
  _CIHS,
  0,
  [_oS, _d],
  [0, () => InstanceHealthCheckResultList]
];
var ContainerOverride$ = [
  3,
  n0,
  _CO,
  0,
  [_n, _com, _en, _eF, _cp, _me, _mR, _rR],
  [0, 64 | 0, [() => EnvironmentVariables, 0], () => EnvironmentFiles, 1, 1, 1, () => ResourceRequirements]
];
var ContainerRestartPolicy$ = [
  3,
  n0,
  _CRP,
  0,
  [_ena, _iEC, _rAP],
  [2, 64 | 1, 1],
  1
];
var CreateClusterRequest$ = [
  3,
  n0,
  _CCR,
  0,
  [_cN, _ta, _set, _co, _cPap, _dCPS, _sCD],
  [0, () => Tags, () => ClusterSettings, () => ClusterConfiguration$, 64 | 0, () => CapacityProviderStrategy, () => ClusterServiceConnectDefaultsRequest$]
];
var CreateDaemonRequest$ = [
  3,
  n0,
  _CDR,
  0,
  [_dNa, _dTDA, _cPAa, _cA, _dC, _ta, _pTr, _eECSMT, _eEC, _cT, _cr],
  [0, 0, 64 | 0, 0, () => DaemonDeploymentConfiguration$, () => Tags, 0, 2, 2, 0, 2],
  3
];
var CreatedAt$ = [
  3,
  n0,
  _CA,
  0,
  [_be, _af],
  [4, 4]
];
var DaemonAlarmConfiguration$ = [
  3,
  n0,
  _DAC,
  0,
  [_aN, _enab],
  [64 | 0, 2]
];
var DaemonContainerDefinition$ = [
  3,
  n0,
  _DCD,
  0,
  [_im, _n, _me, _mR, _rC, _hC, _cp, _es, _eP, _com, _wD, _eF, _en, _sec, _rRF, _mP, _lC, _fC, _p, _u, _ul, _lP, _dO, _sT, _sTt, _sC, _in, _pT, _rPe],
  [0, 0, 1, 1, [() => RepositoryCredentials$, 0], () => HealthCheck$, 1, 2, 64 | 0, 64 | 0, 0, () => EnvironmentFiles, [() => EnvironmentVariables, 0], () => SecretList, 2, () => MountPointList, () => LogConfiguration$, () => FirelensConfiguration$, 2, 0, () => UlimitList, () => DaemonLinuxParameters$, () => ContainerDependencies, 1, 1, () => SystemControls, 2, 2, () => ContainerRestartPolicy$],
  1
];
var DaemonDeploymentAlarms$ = [
  3,
  n0,
  _DDA,
  0,
  [_st, _aN, _tAN],
  [0, 64 | 0, 64 | 0]
];
var DaemonDeploymentConfiguration$ = [
  3,
  n0,
  _DDC,
  0,
  [_dPr, _al, _bTIM],
  [1, () => DaemonAlarmConfiguration$, 1]
];
var DaemonLinuxParameters$ = [
  3,
  n0,
  _DLP,
  0,
  [_ca, _de, _iPE, _tm],
  [() => KernelCapabilities$, () => DevicesList, 2, () => TmpfsList]
];
var DaemonRollback$ = [
  3,
  n0,
  _DRa,
  0,
  [_r, _sA, _rTDRA, _rCP],
  [0, 4, 0, 64 | 0]
];
var DeleteTaskDefinitionsRequest$ = [
  3,
  n0,
  _DTDR,
  0,
  [_tDa],
  [64 | 0],
  1
];
var Deployment$ = [
  3,
  n0,
  _D,
  0,
  [_i, _st, _tD, _dCe, _pCe, _rCu, _fT, _cAr, _uA, _cPS, _lT, _pV, _pF, _nC, _rS, _rSR, _sCC, _sCR, _vCo, _fES, _vLC],
  [0, 0, 0, 1, 1, 1, 1, 4, 4, () => CapacityProviderStrategy, 0, 0, 0, () => NetworkConfiguration$, 0, 0, () => ServiceConnectConfiguration$, () => ServiceConnectServiceResourceList, () => ServiceVolumeConfigurations, () => DeploymentEphemeralStorage$, () => VpcLatticeConfigurations]
];
var DeploymentAlarms$ = [
  3,
  n0,
  _DA,
  0,
  [_aN, _rol, _enab],
  [64 | 0, 2, 2],
  3
];
var DeploymentCircuitBreaker$ = [
  3,
  n0,
  _DCBe,
  0,
  [_enab, _rol, _rOHT, _tC],
  [2, 2, 2, () => ThresholdConfiguration$],
  2
];
var DeploymentConfiguration$ = [
  3,
  n0,
  _DC,
  0,
  [_dCB, _mPa, _mHP, _al, _str, _bTIM, _lH, _lCi, _cC, _eSC],
  [() => DeploymentCircuitBreaker$, 1, 1, () => DeploymentAlarms$, 0, 1, () => DeploymentLifecycleHookList, () => LinearConfiguration$, () => CanaryConfiguration$, () => DeploymentEarlySuccessCriteria$]
];
var DeploymentController$ = [
  3,
  n0,
  _DCe,
  0,
  [_t],
  [0],
  1
];
var DeploymentEarlySuccessCriteria$ = [
  3,
  n0,
  _DESC,
  0,
  [_enab, _hP, _sSRC],
  [2, 1, 0],
  1
];
var DeploymentEphemeralStorage$ = [
  3,
  n0,
  _DES,
  0,
  [_kKI],
  [0]
];
var DeploymentLifecycleHook$ = [
  3,
  n0,
  _DLH,
  0,
  [_tT, _hTA, _rA, _lSi, _hD, _tCi],
  [0, 0, 0, 64 | 0, 15, () => DeploymentLifecycleHookTimeoutConfiguration$]
];
var DeploymentLifecycleHookDetail$ = [
  3,
  n0,
  _DLHD,
  0,
  [_hI, _tT, _tAa, _st, _eA, _tAi],
  [0, 0, 0, 0, 4, 0]
];
var DeploymentLifecycleHookTimeoutConfiguration$ = [
  3,
  n0,
  _DLHTC,
  0,
  [_tIM, _ac],
  [1, 0]
];
var DescribeCapacityProvidersRequest$ = [
  3,
  n0,
  _DCPRes,
  0,
  [_cPap, _cl, _inc, _mRa, _nT],
  [64 | 0, 0, 64 | 0, 1, 0]
];
var DescribeClustersRequest$ = [
  3,
  n0,
  _DCRes,
  0,
  [_clu, _inc],
  [64 | 0, 64 | 0]
];
var DescribeContainerInstancesRequest$ = [
  3,
  n0,
  _DCIRes,
  0,
  [_cIon, _cl, _inc],
  [64 | 0, 0, 64 | 0],
  1
];
var DescribeContainerInstancesResponse$ = [
  3,
  n0,
  _DCIResc,
  0,
  [_cIon, _fa],
  [() => ContainerInstances, () => Failures]
];
var DescribeDaemonDeploymentsRequest$ = [
  3,
  n0,
  _DDDR,
  0,
  [_dDAa],
  [64 | 0],
  1
];
var DescribeDaemonRevisionsRequest$ = [
  3,
  n0,
  _DDRR,
  0,
  [_dRAa],
  [64 | 0],
  1
];
var DescribeExpressGatewayServiceRequest$ = [
  3,
  n0,
  _DEGSRes,
  0,
  [_sAe, _inc],
  [0, 64 | 0],
  1
];
var DescribeServiceDeploymentsRequest$ = [
  3,
  n0,
  _DSDR,
  0,
  [_sDAe],
  [64 | 0],
  1
];
var DescribeServiceDeploymentsResponse$ = [
  3,
  n0,
  _DSDRe,
  0,
  [_sD, _fa],
  [() => ServiceDeployments, () => Failures]
];
var DescribeServiceRevisionsRequest$ = [
  3,
  n0,
  _DSRR,
  0,
  [_sRA],
  [64 | 0],
  1
];
var DescribeServicesRequest$ = [
  3,
  n0,
  _DSRes,
  0,
  [_serv, _cl, _inc],
  [64 | 0, 0, 64 | 0],
  1
];
var DescribeServicesResponse$ = [
  3,
  n0,
  _DSResc,
  0,
  [_serv, _fa],
  [() => Services, () => Failures]
];
var DescribeTaskDefinitionRequest$ = [
  3,
  n0,
  _DTDRes,
  0,
  [_tD, _inc],
  [0, 64 | 0],
  1
];
var DescribeTaskDefinitionResponse$ = [
  3,
  n0,
  _DTDResc,
  0,
  [_tD, _ta],
  [[() => TaskDefinition$, 0], () => Tags]
];
var DescribeTaskSetsRequest$ = [
  3,
  n0,
  _DTSRes,
  0,
  [_cl, _ser, _tSa, _inc],
  [0, 0, 64 | 0, 64 | 0],
  2
];
var DescribeTasksRequest$ = [
  3,
  n0,
  _DTR,
  0,
  [_tas, _cl, _inc],
  [64 | 0, 0, 64 | 0],
  1
];
var DescribeTasksResponse$ = [
  3,
  n0,
  _DTRe,
  0,
  [_tas, _fa],
  [[() => Tasks, 0], () => Failures]
];
var Device$ = [
  3,
  n0,
  _De,
  0,
  [_hPo, _cPo, _pe],
  [0, 0, 64 | 0],
  1
];
var DockerVolumeConfiguration$ = [
  3,
  n0,
  _DVC,
  0,
  [_sco, _au, _dr, _dOr, _la],
  [0, 2, 0, 128 | 0, 128 | 0]
];
var EBSTagSpecification$ = [
  3,
  n0,
  _EBSTS,
  0,
  [_rT, _ta, _pTr],
  [0, () => Tags, 0],
  1
];
var EFSAuthorizationConfig$ = [
  3,
  n0,
  _EFSAC,
  0,
  [_aPIc, _ia],
  [0, 0]
];
var EFSVolumeConfiguration$ = [
  3,
  n0,
  _EFSVC,
  0,
  [_fSI, _rD, _tEr, _tEP, _aCu],
  [0, 0, 0, 1, () => EFSAuthorizationConfig$],
  1
];
var ElbGatewayResources$ = [
  3,
  n0,
  _EGR,
  0,
  [_lBA, _lA, _sGe, _gRAa],
  [0, 0, 0, 64 | 0]
];
var EnvironmentFile$ = [
  3,
  n0,
  _EF,
  0,
  [_v, _t],
  [0, 0],
  2
];
var EphemeralStorage$ = [
  3,
  n0,
  _ES,
  0,
  [_sIGB],
  [1],
  1
];
var ExecuteCommandConfiguration$ = [
  3,
  n0,
  _ECC,
  0,
  [_kKI, _lo, _lC],
  [0, 0, () => ExecuteCommandLogConfiguration$]
];
var ExecuteCommandLogConfiguration$ = [
  3,
  n0,
  _ECLC,
  0,
  [_cWLGN, _cWEE, _sBN, _sEE, _sKP],
  [0, 2, 0, 2, 0]
];
var ExpressGatewayContainer$ = [
  3,
  n0,
  _EGC,
  0,
  [_im, _cPon, _aLC, _rC, _com, _en, _sec],
  [0, 1, () => ExpressGatewayServiceAwsLogsConfiguration$, () => ExpressGatewayRepositoryCredentials$, 64 | 0, [() => EnvironmentVariables, 0], () => SecretList],
  1
];
var ExpressGatewayRepositoryCredentials$ = [
  3,
  n0,
  _EGRC,
  0,
  [_cPr],
  [0]
];
var ExpressGatewayServiceAwsLogsConfiguration$ = [
  3,
  n0,
  _EGSALC,
  0,
  [_lGo, _lSP],
  [0, 0],
  2
];
var ExpressGatewayServiceNetworkConfiguration$ = [
  3,
  n0,
  _EGSNC,
  0,
  [_sG, _su],
  [64 | 0, 64 | 0]
];
var Failure$ = [
  3,
  n0,
  _F,
  0,
  [_ar, _r, _det],
  [0, 0, 0]
];
var FirelensConfiguration$ = [
  3,
  n0,
  _FC,
  0,
  [_t, _o],
  [0, 128 | 0],
  1
];
var FSxWindowsFileServerAuthorizationConfig$ = [
  3,
  n0,
  _FSWFSAC,
  0,
  [_cPr, _do],
  [0, 0],
  2
];
var FSxWindowsFileServerVolumeConfiguration$ = [
  3,
  n0,
  _FSWFSVC,
  0,
  [_fSI, _rD, _aCu],
  [0, 0, () => FSxWindowsFileServerAuthorizationConfig$],
  3
];
var GatewayConnectionAlbResources$ = [
  3,
  n0,
  _GCAR,
  0,
  [_aCA, _lBA, _lBSGA, _lA, _lRA, _tLRA, _tGA, _aTGA],
  [0, 0, 64 | 0, 0, 0, 0, 0, 0]
];
var GatewayConnector$ = [
  3,
  n0,
  _GCa,
  0,
  [_pN, _hC, _fi],
  [0, () => GatewayConnectorHealthCheck$, () => GatewayConnectorFilters$],
  1
];
var GatewayConnectorFilters$ = [
  3,
  n0,
  _GCF,
  0,
  [_aTc],
  [64 | 0]
];
var GatewayConnectorHealthCheck$ = [
  3,
  n0,
  _GCHC,
  0,
  [_hCPe, _hCPea, _hCP, _hCTS, _hCIS, _hTC, _uTC, _mat],
  [0, 1, 0, 1, 1, 1, 1, () => GatewayConnectorHealthCheckMatcher$]
];
var GatewayConnectorHealthCheckMatcher$ = [
  3,
  n0,
  _GCHCM,
  0,
  [_hCt, _gCr],
  [0, 0]
];
var GatewayElbNetworkConfiguration$ = [
  3,
  n0,
  _GENC,
  0,
  [_iSG, _su, _iAT],
  [0, 64 | 0, 0]
];
var GatewayRouteAlbResources$ = [
  3,
  n0,
  _GRAR,
  0,
  [_aCA, _lBA, _lA, _lRA, _tLRAe, _lBSG, _sSGA],
  [0, 0, 0, 0, 64 | 0, () => GatewayRouteLoadBalancerSecurityGroupList, 0]
];
var GatewayRouteLoadBalancerSecurityGroup$ = [
  3,
  n0,
  _GRLBSG,
  0,
  [_ar, _rAu],
  [0, 64 | 0]
];
var GatewayTestTrafficHeader$ = [
  3,
  n0,
  _GTTH,
  0,
  [_n, _va],
  [0, 64 | 0],
  2
];
var GetTaskProtectionRequest$ = [
  3,
  n0,
  _GTPR,
  0,
  [_cl, _tas],
  [0, 64 | 0],
  1
];
var GpuDevice$ = [
  3,
  n0,
  _GD,
  0,
  [_gIp, _sM, _tMIMB, _rMIMB, _cCo],
  [0, 0, 1, 1, 1]
];
var HealthCheck$ = [
  3,
  n0,
  _HC,
  0,
  [_com, _int, _ti, _ret, _sP],
  [64 | 0, 1, 1, 1, 1],
  1
];
var HostEntry$ = [
  3,
  n0,
  _HE,
  0,
  [_h, _iA],
  [0, 0],
  2
];
var HostVolumeProperties$ = [
  3,
  n0,
  _HVP,
  0,
  [_sPo],
  [0]
];
var InferenceAccelerator$ = [
  3,
  n0,
  _IA,
  0,
  [_dNe, _dT],
  [0, 0],
  2
];
var InferenceAcceleratorOverride$ = [
  3,
  n0,
  _IAO,
  0,
  [_dNe, _dT],
  [0, 0]
];
var InstanceHealthCheckResult$ = [
  3,
  n0,
  _IHCR,
  0,
  [_t, _st, _sR, _lU, _lSC],
  [0, 0, 0, 4, 4]
];
var KernelCapabilities$ = [
  3,
  n0,
  _KC,
  0,
  [_ad, _dro],
  [64 | 0, 64 | 0]
];
var KeyValuePair$ = [
  3,
  n0,
  _KVP,
  0,
  [_n, _v],
  [0, 0]
];
var LinearConfiguration$ = [
  3,
  n0,
  _LC,
  0,
  [_sPt, _sBTIM],
  [1, 1]
];
var LinuxParameters$ = [
  3,
  n0,
  _LP,
  0,
  [_ca, _de, _iPE, _sMS, _tm, _mSa, _sw],
  [() => KernelCapabilities$, () => DevicesList, 2, 1, () => TmpfsList, 1, 1]
];
var ListClustersResponse$ = [
  3,
  n0,
  _LCRi,
  0,
  [_cAl, _nT],
  [64 | 0, 0]
];
var ListContainerInstancesResponse$ = [
  3,
  n0,
  _LCIRi,
  0,
  [_cIAo, _nT],
  [64 | 0, 0]
];
var ListDaemonDeploymentsRequest$ = [
  3,
  n0,
  _LDDR,
  0,
  [_dA, _st, _cAr, _mRa, _nT],
  [0, 64 | 0, () => CreatedAt$, 1, 0],
  1
];
var ListDaemonsRequest$ = [
  3,
  n0,
  _LDR,
  0,
  [_cA, _cPAa, _mRa, _nT],
  [0, 64 | 0, 1, 0]
];
var ListGatewayClusterAssociationsRequest$ = [
  3,
  n0,
  _LGCAR,
  0,
  [_g, _cl, _st, _mRa, _nT],
  [0, 0, 64 | 0, 1, 0]
];
var ListGatewayRoutesRequest$ = [
  3,
  n0,
  _LGRR,
  0,
  [_g, _cl, _ser, _sCPN, _st, _mRa, _nT],
  [0, 0, 0, 0, 64 | 0, 1, 0]
];
var ListGatewaysRequest$ = [
  3,
  n0,
  _LGR,
  0,
  [_nam, _st, _mRa, _nT],
  [64 | 0, 64 | 0, 1, 0]
];
var ListServiceDeploymentsRequest$ = [
  3,
  n0,
  _LSDR,
  0,
  [_ser, _cl, _st, _cAr, _nT, _mRa],
  [0, 0, 64 | 0, () => CreatedAt$, 0, 1],
  1
];
var ListServiceDeploymentsResponse$ = [
  3,
  n0,
  _LSDRi,
  0,
  [_sD, _nT],
  [() => ServiceDeploymentsBrief, 0]
];
var ListServicesByNamespaceResponse$ = [
  3,
  n0,
  _LSBNRi,
  0,
  [_sAer, _nT],
  [64 | 0, 0]
];
var ListServicesResponse$ = [
  3,
  n0,
  _LSRi,
  0,
  [_sAer, _nT],
  [64 | 0, 0]
];
var ListTaskDefinitionFamiliesResponse$ = [
  3,
  n0,
  _LTDFRi,
  0,
  [_fam, _nT],
  [64 | 0, 0]
];
var ListTaskDefinitionsResponse$ = [
  3,
  n0,
  _LTDRi,
  0,
  [_tDAa, _nT],
  [64 | 0, 0]
];
var ListTasksRequest$ = [
  3,
  n0,
  _LTR,
  0,
  [_cl, _cIo, _f, _nT, _mRa, _sB, _sN, _dSe, _lT, _dNa],
  [0, 0, 0, 0, 1, 0, 0, 0, 0, 0]
];
var ListTasksResponse$ = [
  3,
  n0,
  _LTRi,
  0,
  [_tAas, _nT],
  [64 | 0, 0]
];
var LoadBalancer$ = [
  3,
  n0,
  _LB,
  0,
  [_tGA, _lBN, _cNo, _cPon, _aCd],
  [0, 0, 0, 1, () => AdvancedConfiguration$]
];
var LogConfiguration$ = [
  3,
  n0,
  _LCo,
  0,
  [_lD, _o, _sO],
  [0, 128 | 0, () => SecretList],
  1
];
var ManagedAgent$ = [
  3,
  n0,
  _MA,
  0,
  [_lSA, _n, _r, _lS],
  [4, 0, 0, 0]
];
var ManagedInstancesNetworkConfiguration$ = [
  3,
  n0,
  _MINC,
  0,
  [_su, _sG],
  [64 | 0, 64 | 0]
];
var ManagedLoadBalancer$ = [
  3,
  n0,
  _MLB,
  0,
  [_st, _uA, _sch, _ar, _sR, _sI, _sGI],
  [0, 4, 0, 0, 0, 64 | 0, 64 | 0],
  3
];
var ManagedStorageConfiguration$ = [
  3,
  n0,
  _MSC,
  0,
  [_kKI, _fESKKI],
  [0, 0]
];
var MetricConfiguration$ = [
  3,
  n0,
  _MCe,
  0,
  [_mN, _rSe],
  [64 | 0, 1],
  2
];
var MonitoringConfiguration$ = [
  3,
  n0,
  _MCo,
  0,
  [_mCe],
  [() => MetricConfigurationList]
];
var MountPoint$ = [
  3,
  n0,
  _MP,
  0,
  [_sV, _cPo, _rO],
  [0, 0, 2]
];
var NetworkBinding$ = [
  3,
  n0,
  _NB,
  0,
  [_bIP, _cPon, _hPos, _pr, _cPR, _hPR],
  [0, 1, 1, 0, 0, 0]
];
var NetworkConfiguration$ = [
  3,
  n0,
  _NC,
  0,
  [_aCw],
  [() => AwsVpcConfiguration$]
];
var NetworkInterface$ = [
  3,
  n0,
  _NI,
  0,
  [_aI, _pIA, _iAp],
  [0, 0, 0]
];
var NvidiaMpsAllocation$ = [
  3,
  n0,
  _NMA,
  0,
  [_me, _mCP],
  [1, 1],
  1
];
var PlacementConstraint$ = [
  3,
  n0,
  _PC,
  0,
  [_t, _ex],
  [0, 0]
];
var PlacementStrategy$ = [
  3,
  n0,
  _PS,
  0,
  [_t, _fie],
  [0, 0]
];
var PortMapping$ = [
  3,
  n0,
  _PM,
  0,
  [_cPon, _hPos, _pr, _n, _aP, _cPR],
  [1, 1, 0, 0, 0, 0]
];
var ProxyConfiguration$ = [
  3,
  n0,
  _PCr,
  0,
  [_cNo, _t, _pro],
  [0, 0, () => ProxyConfigurationProperties],
  1
];
var PutClusterCapacityProvidersRequest$ = [
  3,
  n0,
  _PCCPR,
  0,
  [_cl, _cPap, _dCPS],
  [0, 64 | 0, () => CapacityProviderStrategy],
  3
];
var RegisterTaskDefinitionRequest$ = [
  3,
  n0,
  _RTDR,
  0,
  [_f, _cD, _tRA, _eRA, _nM, _vo, _pCl, _rCe, _cp, _me, _ta, _pMi, _iM, _pCr, _iAn, _eSp, _rPu, _eFI],
  [0, [() => ContainerDefinitions, 0], 0, 0, 0, () => VolumeList, () => TaskDefinitionPlacementConstraints, 64 | 0, 0, 0, () => Tags, 0, 0, () => ProxyConfiguration$, () => InferenceAccelerators, () => EphemeralStorage$, () => RuntimePlatform$, 2],
  2
];
var RepositoryCredentials$ = [
  3,
  n0,
  _RC,
  8,
  [_cPr],
  [0],
  1
];
var Resource$ = [
  3,
  n0,
  _R,
  0,
  [_n, _t, _dV, _lV, _iV, _sSV],
  [0, 0, 1, 1, 1, 64 | 0]
];
var ResourceRequirement$ = [
  3,
  n0,
  _RR,
  0,
  [_t, _v, _sSh],
  [0, 0, () => SharingStrategy$],
  1
];
var Rollback$ = [
  3,
  n0,
  _Ro,
  0,
  [_r, _sA, _sRAe],
  [0, 4, 0]
];
var RuntimePlatform$ = [
  3,
  n0,
  _RP,
  0,
  [_cAp, _oSF],
  [0, 0]
];
var S3FilesVolumeConfiguration$ = [
  3,
  n0,
  _SFVC,
  0,
  [_fSA, _rD, _tEP, _aPA],
  [0, 0, 1, 0],
  1
];
var Scale$ = [
  3,
  n0,
  _S,
  0,
  [_v, _un],
  [1, 0]
];
var Secret$ = [
  3,
  n0,
  _Se,
  0,
  [_n, _vFa],
  [0, 0],
  2
];
var Service$ = [
  3,
  n0,
  _Ser,
  0,
  [_sAe, _sN, _cA, _lB, _sRe, _st, _dCe, _rCu, _pCe, _lT, _cPS, _pV, _pF, _tD, _dC, _tSa, _dep, _rA, _ev, _cAr, _cSD, _cSR, _pCl, _pS, _nC, _hCGPS, _sS, _dCep, _ta, _cBr, _eECSMT, _pTr, _eEC, _aZR, _rMT],
  [0, 0, 0, () => LoadBalancers, () => ServiceRegistries, 0, 1, 1, 1, 0, () => CapacityProviderStrategy, 0, 0, 0, () => DeploymentConfiguration$, () => TaskSets, () => Deployments, 0, () => ServiceEvents, 4, 0, () => ServiceCurrentRevisionSummaryList, () => PlacementConstraints, () => PlacementStrategies, () => NetworkConfiguration$, 1, 0, () => DeploymentController$, () => Tags, 0, 2, 0, 2, 0, 0]
];
var ServiceConnectAccessLogConfiguration$ = [
  3,
  n0,
  _SCALC,
  0,
  [_for, _iQP],
  [0, 0],
  1
];
var ServiceConnectClientAlias$ = [
  3,
  n0,
  _SCCA,
  0,
  [_po, _dNn, _tTR],
  [1, 0, () => ServiceConnectTestTrafficRules$],
  1
];
var ServiceConnectConfiguration$ = [
  3,
  n0,
  _SCC,
  0,
  [_ena, _na, _serv, _lC, _aLCc, _cCon],
  [2, 0, () => ServiceConnectServiceList, () => LogConfiguration$, () => ServiceConnectAccessLogConfiguration$, () => ServiceConnectContainerConfigurations],
  1
];
var ServiceConnectService$ = [
  3,
  n0,
  _SCS,
  0,
  [_pN, _dNi, _cAli, _iPO, _ti, _tl],
  [0, 0, () => ServiceConnectClientAliasList, 1, () => TimeoutConfiguration$, () => ServiceConnectTlsConfiguration$],
  1
];
var ServiceConnectServiceResource$ = [
  3,
  n0,
  _SCSR,
  0,
  [_dNi, _dAi],
  [0, 0]
];
var ServiceConnectTestTrafficHeaderMatchRules$ = [
  3,
  n0,
  _SCTTHMR,
  0,
  [_exa],
  [0],
  1
];
var ServiceConnectTestTrafficHeaderRules$ = [
  3,
  n0,
  _SCTTHR,
  0,
  [_n, _v],
  [0, () => ServiceConnectTestTrafficHeaderMatchRules$],
  1
];
var ServiceConnectTestTrafficRules$ = [
  3,
  n0,
  _SCTTR,
  0,
  [_he],
  [() => ServiceConnectTestTrafficHeaderRules$],
  1
];
var ServiceConnectTlsCertificateAuthority$ = [
  3,
  n0,
  _SCTCA,
  0,
  [_aPAA],
  [0]
];
var ServiceConnectTlsConfiguration$ = [
  3,
  n0,
  _SCTC,
  0,
  [_iCA, _kK, _rA],
  [() => ServiceConnectTlsCertificateAuthority$, 0, 0],
  1
];
var ServiceCurrentRevisionSummary$ = [
  3,
  n0,
  _SCRS,
  0,
  [_ar, _rTCe, _rTCu, _pTCe],
  [0, 1, 1, 1]
];
var ServiceDeployment$ = [
  3,
  n0,
  _SD,
  0,
  [_sDA, _sAe, _cA, _cAr, _sA, _fA, _sAt, _uA, _sSR, _tSR, _st, _sR, _lSif, _lHD, _dC, _rol, _dCB, _al],
  [0, 0, 0, 4, 4, 4, 4, 4, () => ServiceRevisionsSummaryList, () => ServiceRevisionSummary$, 0, 0, 0, () => DeploymentLifecycleHookDetailList, () => DeploymentConfiguration$, () => Rollback$, () => ServiceDeploymentCircuitBreaker$, () => ServiceDeploymentAlarms$]
];
var ServiceDeploymentAlarms$ = [
  3,
  n0,
  _SDA,
  0,
  [_st, _aN, _tAN],
  [0, 64 | 0, 64 | 0]
];
var ServiceDeploymentBrief$ = [
  3,
  n0,
  _SDB,
  0,
  [_sDA, _sAe, _cA, _sA, _cAr, _fA, _tSRA, _st, _sR],
  [0, 0, 0, 4, 4, 4, 0, 0, 0]
];
var ServiceDeploymentCircuitBreaker$ = [
  3,
  n0,
  _SDCB,
  0,
  [_st, _fCa, _th],
  [0, 1, 1]
];
var ServiceEvent$ = [
  3,
  n0,
  _SEe,
  0,
  [_i, _cAr, _m],
  [0, 4, 0]
];
var ServiceManagedEBSVolumeConfiguration$ = [
  3,
  n0,
  _SMEBSVC,
  0,
  [_rA, _enc, _kKI, _vT, _sIGB, _sIn, _vIR, _io, _thr, _tSag, _fTi],
  [0, 2, 0, 0, 1, 0, 1, 1, 1, () => EBSTagSpecifications, 0],
  1
];
var ServiceRegistry$ = [
  3,
  n0,
  _SR,
  0,
  [_rAeg, _po, _cNo, _cPon],
  [0, 1, 0, 1]
];
var ServiceRevisionSummary$ = [
  3,
  n0,
  _SRS,
  0,
  [_ar, _rTCe, _rTCu, _pTCe, _rTTW, _rPTW],
  [0, 1, 1, 1, 1, 1]
];
var ServiceVolumeConfiguration$ = [
  3,
  n0,
  _SVC,
  0,
  [_n, _mEBSV],
  [0, () => ServiceManagedEBSVolumeConfiguration$],
  1
];
var StartTaskRequest$ = [
  3,
  n0,
  _STR,
  0,
  [_cIon, _tD, _cl, _eECSMT, _eEC, _gr, _nC, _ov, _pTr, _rIe, _sB, _ta, _vCo],
  [64 | 0, 0, 0, 2, 2, 0, () => NetworkConfiguration$, [() => TaskOverride$, 0], 0, 0, 0, () => Tags, () => TaskVolumeConfigurations],
  2
];
var StopServiceDeploymentRequest$ = [
  3,
  n0,
  _SSDR,
  0,
  [_sDA, _sTto],
  [0, 0],
  1
];
var StopServiceDeploymentResponse$ = [
  3,
  n0,
  _SSDRt,
  0,
  [_sDA],
  [0]
];
var SystemControl$ = [
  3,
  n0,
  _SC,
  0,
  [_na, _v],
  [0, 0]
];
var Tag$ = [
  3,
  n0,
  _T,
  0,
  [_k, _v],
  [0, 0]
];
var Task$ = [
  3,
  n0,
  _Ta,
  0,
  [_a, _at, _aZ, _cPN, _cA, _conn, _cAon, _cIA, _conta, _cp, _cAr, _dSe, _eEC, _eSA, _gr, _hS, _iAn, _lS, _lT, _me, _ov, _pV, _pF, _pSA, _pSAu, _sA, _sB, _sCtop, _sAt, _sRt, _sAto, _ta, _tA, _tDA, _ve, _eSp, _fES],
  [() => Attachments, () => Attributes, 0, 0, 0, 0, 4, 0, () => Containers, 0, 4, 0, 2, 4, 0, 0, () => InferenceAccelerators, 0, 0, 0, [() => TaskOverride$, 0], 0, 0, 4, 4, 4, 0, 0, 4, 0, 4, () => Tags, 0, 0, 1, () => EphemeralStorage$, () => TaskEphemeralStorage$]
];
var TaskDefinition$ = [
  3,
  n0,
  _TD,
  0,
  [_tDA, _cD, _f, _tRA, _eRA, _nM, _re, _vo, _st, _rAeq, _pCl, _comp, _rPu, _rCe, _cp, _me, _iAn, _pMi, _iM, _pCr, _rAe, _dAer, _dRAe, _rB, _eSp, _eFI],
  [0, [() => ContainerDefinitions, 0], 0, 0, 0, 0, 1, () => VolumeList, 0, () => RequiresAttributes, () => TaskDefinitionPlacementConstraints, 64 | 0, () => RuntimePlatform$, 64 | 0, 0, 0, () => InferenceAccelerators, 0, 0, () => ProxyConfiguration$, 4, 4, 4, 0, () => EphemeralStorage$, 2]
];
var TaskDefinitionPlacementConstraint$ = [
  3,
  n0,
  _TDPC,
  0,
  [_t, _ex],
  [0, 0]
];
var TaskEphemeralStorage$ = [
  3,
  n0,
  _TES,
  0,
  [_sIGB, _kKI],
  [1, 0]
];
var TaskManagedEBSVolumeConfiguration$ = [
  3,
  n0,
  _TMEBSVC,
  0,
  [_rA, _enc, _kKI, _vT, _sIGB, _sIn, _vIR, _io, _thr, _tSag, _tP, _fTi],
  [0, 2, 0, 0, 1, 0, 1, 1, 1, () => EBSTagSpecifications, () => TaskManagedEBSVolumeTerminationPolicy$, 0],
  1
];
var TaskManagedEBSVolumeTerminationPolicy$ = [
  3,
  n0,
  _TMEBSVTP,
  0,
  [_dOT],
  [2],
  1
];
var TaskOverride$ = [
  3,
  n0,
  _TO,
  0,
  [_cO, _cp, _iAO, _eRA, _me, _tRA, _eSp],
  [[() => ContainerOverrides, 0], 0, () => InferenceAcceleratorOverrides, 0, 0, 0, () => EphemeralStorage$]
];
var TaskSet$ = [
  3,
  n0,
  _TS,
  0,
  [_i, _tSA, _sAe, _cA, _sB, _eI, _st, _tD, _cDC, _pCe, _rCu, _cAr, _uA, _lT, _cPS, _pV, _pF, _nC, _lB, _sRe, _sc, _sSt, _sSA, _ta, _fES],
  [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 4, 4, 0, () => CapacityProviderStrategy, 0, 0, () => NetworkConfiguration$, () => LoadBalancers, () => ServiceRegistries, () => Scale$, 0, 4, () => Tags, () => DeploymentEphemeralStorage$]
];
var TaskVolumeConfiguration$ = [
  3,
  n0,
  _TVC,
  0,
  [_n, _mEBSV],
  [0, () => TaskManagedEBSVolumeConfiguration$],
  1
];
var ThresholdConfiguration$ = [
  3,
  n0,
  _TC,
  0,
  [_t, _v],
  [0, 1],
  2
];
var TimeoutConfiguration$ = [
  3,
  n0,
  _TCi,
  0,
  [_iTS, _pRTS],
  [1, 1]
];
var Tmpfs$ = [
  3,
  n0,
  _Tm,
  0,
  [_cPo, _si, _mO],
  [0, 1, 64 | 0],
  2
];
var Ulimit$ = [
  3,
  n0,
  _U,
  0,
  [_n, _sL, _hL],
  [0, 1, 1],
  3
];
var UntagResourceRequest$ = [
  3,
  n0,
  _URR,
  0,
  [_rAes, _tK],
  [0, 64 | 0],
  2
];
var UpdateContainerInstancesStateRequest$ = [
  3,
  n0,
  _UCISR,
  0,
  [_cIon, _st, _cl],
  [64 | 0, 0, 0],
  2
];
var UpdateDaemonRequest$ = [
  3,
  n0,
  _UDR,
  0,
  [_dA, _dTDA, _cPAa, _dC, _pTr, _eECSMT, _eEC, _cr],
  [0, 0, 64 | 0, () => DaemonDeploymentConfiguration$, 0, 2, 2, 2],
  3
];
var UpdateServiceRequest$ = [
  3,
  n0,
  _USR,
  0,
  [_ser, _cl, _dCe, _tD, _cPS, _dC, _aZR, _nC, _pCl, _pS, _pV, _fND, _hCGPS, _dCep, _eEC, _eECSMT, _lB, _pTr, _sRe, _sCC, _vCo, _vLC, _gC, _mo],
  [0, 0, 1, 0, () => CapacityProviderStrategy, () => DeploymentConfiguration$, 0, () => NetworkConfiguration$, () => PlacementConstraints, () => PlacementStrategies, 0, 2, 1, () => DeploymentController$, 2, 2, () => LoadBalancers, 0, () => ServiceRegistries, () => ServiceConnectConfiguration$, () => ServiceVolumeConfigurations, () => VpcLatticeConfigurations, () => GatewayConnectorList, () => MonitoringConfiguration$],
  1
];
var UpdateServiceResponse$ = [
  3,
  n0,
  _USRp,
  0,
  [_ser],
  [() => Service$]
];
var UpdateTaskProtectionRequest$ = [
  3,
  n0,
  _UTPR,
  0,
  [_cl, _tas, _pE, _eIM],
  [0, 64 | 0, 2, 1],
  3
];
var VersionInfo$ = [
  3,
  n0,
  _VI,
  0,
  [_aVg, _aH, _dVo],
  [0, 0, 0]
];
var Volume$ = [
  3,
  n0,
  _V,
  0,
  [_n, _ho, _dVC, _eVC, _sVC, _fWFSVC, _cAL],
  [0, () => HostVolumeProperties$, () => DockerVolumeConfiguration$, () => EFSVolumeConfiguration$, () => S3FilesVolumeConfiguration$, () => FSxWindowsFileServerVolumeConfiguration$, 2]
];
var VolumeFrom$ = [
  3,
  n0,
  _VF,
  0,
  [_sCo, _rO],
  [0, 2]
];
var VpcLatticeAdvancedConfiguration$ = [
  3,
  n0,
  _VLAC,
  0,
  [_aTGA, _pLR, _tLR],
  [0, 0, 0]
];
var VpcLatticeConfiguration$ = [
  3,
  n0,
  _VLC,
  0,
  [_rA, _tGA, _pN, _aCd],
  [0, 0, 0, () => VpcLatticeAdvancedConfiguration$],
  3
];
var AccessTypeList = 64 | 0;
var AttachmentDetails = [
  1,
  n0,
  _AD,
  0,
  () => KeyValuePair$
];
var Attachments = [
  1,
  n0,
  _Att,
  0,
  () => Attachment$
];
var Attributes = [
  1,
  n0,
  _Attr,
  0,
  () => Attribute$
];
var CapacityProviderFieldList = 64 | 0;
var CapacityProviderStrategy = [
  1,
  n0,
  _CPS,
  0,
  () => CapacityProviderStrategyItem$
];
var ClusterFieldList = 64 | 0;
var ClusterSettings = [
  1,
  n0,
  _CSl,
  0,
  () => ClusterSetting$
];
var CompatibilityList = 64 | 0;
var ContainerDefinitions = [
  1,
  n0,
  _CDon,
  0,
  [
    () => ContainerDefinition$,
    0
  ]
];
var ContainerDependencies = [
  1,
  n0,
  _CDont,
  0,
  () => ContainerDependency$
];
var ContainerInstanceFieldList = 64 | 0;
var ContainerInstances = [
  1,
  n0,
  _CIont,
  0,
  () => ContainerInstance$
];
var ContainerOverrides = [
  1,
  n0,
  _COo,
  0,
  [
    () => ContainerOverride$,
    0
  ]
];
var Containers = [
  1,
  n0,
  _Con,
  0,
  () => Container$
];
var DaemonDeploymentStatusList = 64 | 0;
var DeploymentLifecycleHookDetailList = [
  1,
  n0,
  _DLHDL,
  0,
  () => DeploymentLifecycleHookDetail$
];
var DeploymentLifecycleHookList = [
  1,
  n0,
  _DLHL,
  0,
  () => DeploymentLifecycleHook$
];
var DeploymentLifecycleHookStageList = 64 | 0;
var Deployments = [
  1,
  n0,
  _Dep,
  0,
  () => Deployment$
];
var DeviceCgroupPermissions = 64 | 0;
var DevicesList = [
  1,
  n0,
  _DL,
  0,
  () => Device$
];
var EBSTagSpecifications = [
  1,
  n0,
  _EBSTSa,
  0,
  () => EBSTagSpecification$
];
var EnvironmentFiles = [
  1,
  n0,
  _EFn,
  0,
  () => EnvironmentFile$
];
var EnvironmentVariables = [
  1,
  n0,
  _EV,
  8,
  () => KeyValuePair$
];
var ExpressGatewayServiceIncludeList = 64 | 0;
var Failures = [
  1,
  n0,
  _Fa,
  0,
  () => Failure$
];
var GatewayClusterAssociationStatusList = 64 | 0;
var GatewayConnectorList = [
  1,
  n0,
  _GCLa,
  0,
  () => GatewayConnector$
];
var GatewayRouteLoadBalancerSecurityGroupList = [
  1,
  n0,
  _GRLBSGL,
  0,
  () => GatewayRouteLoadBalancerSecurityGroup$
];
var GatewayRouteStatusList = 64 | 0;
var GatewayStatusList = 64 | 0;
var GpuDevices = [
  1,
  n0,
  _GDp,
  0,
  () => GpuDevice$
];
var GpuIds = 64 | 0;
var HostEntryList = [
  1,
  n0,
  _HEL,
  0,
  () => HostEntry$
];
var InferenceAcceleratorOverrides = [
  1,
  n0,
  _IAOn,
  0,
  () => InferenceAcceleratorOverride$
];
var InferenceAccelerators = [
  1,
  n0,
  _IAn,
  0,
  () => InferenceAccelerator$
];
var InstanceHealthCheckResultList = [
  1,
  n0,
  _IHCRL,
  0,
  () => InstanceHealthCheckResult$
];
var IntegerList = 64 | 1;
var LoadBalancers = [
  1,
  n0,
  _LBo,
  0,
  () => LoadBalancer$
];
var ManagedAgents = [
  1,
  n0,
  _MAa,
  0,
  () => ManagedAgent$
];
var MetricConfigurationList = [
  1,
  n0,
  _MCL,
  0,
  () => MetricConfiguration$
];
var MetricNamesList = 64 | 0;
var MountPointList = [
  1,
  n0,
  _MPL,
  0,
  () => MountPoint$
];
var NetworkBindings = [
  1,
  n0,
  _NBe,
  0,
  () => NetworkBinding$
];
var NetworkInterfaces = [
  1,
  n0,
  _NIe,
  0,
  () => NetworkInterface$
];
var NeuronDeviceIds = 64 | 0;
var PlacementConstraints = [
  1,
  n0,
  _PCl,
  0,
  () => PlacementConstraint$
];
var PlacementStrategies = [
  1,
  n0,
  _PSl,
  0,
  () => PlacementStrategy$
];
var PortMappingList = [
  1,
  n0,
  _PML,
  0,
  () => PortMapping$
];
var ProxyConfigurationProperties = [
  1,
  n0,
  _PCP,
  0,
  () => KeyValuePair$
];
var RequiresAttributes = [
  1,
  n0,
  _RA,
  0,
  () => Attribute$
];
var ResourceIds = 64 | 0;
var ResourceRequirements = [
  1,
  n0,
  _RRe,
  0,
  () => ResourceRequirement$
];
var Resources = [
  1,
  n0,
  _Re,
  0,
  () => Resource$
];
var SecretList = [
  1,
  n0,
  _SL,
  0,
  () => Secret$
];
var ServiceConnectClientAliasList = [
  1,
  n0,
  _SCCAL,
  0,
  () => ServiceConnectClientAlias$
];
var ServiceConnectContainerConfigurations = [
  1,
  n0,
  _SCCC,
  0,
  () => ServiceConnectContainerConfiguration$
];
var ServiceConnectServiceList = [
  1,
  n0,
  _SCSL,
  0,
  () => ServiceConnectService$
];
var ServiceConnectServiceResourceList = [
  1,
  n0,
  _SCSRL,
  0,
  () => ServiceConnectServiceResource$
];
var ServiceCurrentRevisionSummaryList = [
  1,
  n0,
  _SCRSL,
  0,
  () => ServiceCurrentRevisionSummary$
];
var ServiceDeployments = [
  1,
  n0,
  _SDe,
  0,
  () => ServiceDeployment$
];
var ServiceDeploymentsBrief = [
  1,
  n0,
  _SDBe,
  0,
  () => ServiceDeploymentBrief$
];
var ServiceDeploymentStatusList = 64 | 0;
var ServiceEvents = [
  1,
  n0,
  _SEer,
  0,
  () => ServiceEvent$
];
var ServiceFieldList = 64 | 0;
var ServiceRegistries = [
  1,
  n0,
  _SRer,
  0,
  () => ServiceRegistry$
];
var ServiceRevisionsSummaryList = [
  1,
  n0,
  _SRSL,
  0,
  () => ServiceRevisionSummary$
];
var Services = [
  1,
  n0,
  _Serv,
  0,
  () => Service$
];
var ServiceVolumeConfigurations = [
  1,
  n0,
  _SVCe,
  0,
  () => ServiceVolumeConfiguration$
];
var Statistics = [
  1,
  n0,
  _St,
  0,
  () => KeyValuePair$
];
var StringList = 64 | 0;
var SystemControls = [
  1,
  n0,
  _SCy,
  0,
  () => SystemControl$
];
var TagKeys = 64 | 0;
var Tags = [
  1,
  n0,
  _Tag,
  0,
  () => Tag$
];
var TaskDefinitionFieldList = 64 | 0;
var TaskDefinitionPlacementConstraints = [
  1,
  n0,
  _TDPCa,
  0,
  () => TaskDefinitionPlacementConstraint$
];
var TaskFieldList = 64 | 0;
var Tasks = [
  1,
  n0,
  _Tas,
  0,
  [
    () => Task$,
    0
  ]
];
var TaskSetFieldList = 64 | 0;
var TaskSets = [
  1,
  n0,
  _TSa,
  0,
  () => TaskSet$
];
var TaskVolumeConfigurations = [
  1,
  n0,
  _TVCa,
  0,
  () => TaskVolumeConfiguration$
];
var TmpfsList = [
  1,
  n0,
  _TL,
  0,
  () => Tmpfs$
];
var UlimitList = [
  1,
  n0,
  _UL,
  0,
  () => Ulimit$
];
var VolumeFromList = [
  1,
  n0,
  _VFL,
  0,
  () => VolumeFrom$
];
var VolumeList = [
  1,
  n0,
  _VL,
  0,
  () => Volume$
];
var VpcLatticeConfigurations = [
  1,
  n0,
  _VLCp,
  0,
  () => VpcLatticeConfiguration$
];
var DockerLabelsMap = 128 | 0;
var FirelensConfigurationOptionsMap = 128 | 0;
var LogConfigurationOptionsMap = 128 | 0;
var StringMap = 128 | 0;
var ServiceConnectContainerConfiguration$ = [
  4,
  n0,
  _SCCCe,
  0,
  [_lL],
  [0]
];
var SharingStrategy$ = [
  4,
  n0,
  _SSh,
  0,
  [_nMv],
  [() => NvidiaMpsAllocation$]
];
var DescribeContainerInstances$ = [
  9,
  n0,
  _DCIes,
  0,
  () => DescribeContainerInstancesRequest$,
  () => DescribeContainerInstancesResponse$
];
var DescribeServiceDeployments$ = [
  9,
  n0,
  _DSD,
  0,
  () => DescribeServiceDeploymentsRequest$,
  () => DescribeServiceDeploymentsResponse$
];
var DescribeServices$ = [
  9,
  n0,
  _DSes,
  0,
  () => DescribeServicesRequest$,
  () => DescribeServicesResponse$
];
var DescribeTaskDefinition$ = [
  9,
  n0,
  _DTDes,
  0,
  () => DescribeTaskDefinitionRequest$,
  () => DescribeTaskDefinitionResponse$
];
var DescribeTasks$ = [
  9,
  n0,
  _DT,
  0,
  () => DescribeTasksRequest$,
  () => DescribeTasksResponse$
];
var ListServiceDeployments$ = [
  9,
  n0,
  _LSD,
  0,
  () => ListServiceDeploymentsRequest$,
  () => ListServiceDeploymentsResponse$
];
var ListTasks$ = [
  9,
  n0,
  _LT,
  0,
  () => ListTasksRequest$,
  () => ListTasksResponse$
];
var StopServiceDeployment$ = [
  9,
  n0,
  _SSD,
  0,
  () => StopServiceDeploymentRequest$,
  () => StopServiceDeploymentResponse$
];
var UpdateService$ = [
  9,
  n0,
  _US,
  0,
  () => UpdateServiceRequest$,
  () => UpdateServiceResponse$
];

export {
  resolveClientEndpointParameters,
  commonParams,
  errorTypeRegistries,
  DescribeContainerInstances$,
  DescribeServiceDeployments$,
  DescribeServices$,
  DescribeTaskDefinition$,
  DescribeTasks$,
  ListServiceDeployments$,
  ListTasks$,
  StopServiceDeployment$,
  UpdateService$
};
