import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  ServiceException
} from "./chunk-3BRKJ3XX.js";
import {
  SelectorType,
  booleanSelector,
  numberSelector
} from "./chunk-7EKYNA33.js";
import {
  TypeRegistry,
  normalizeProvider
} from "./chunk-FJAKXPKF.js";

// node_modules/@smithy/middleware-compression/dist-es/resolveCompressionConfig.js
var resolveCompressionConfig = (input) => {
  const { disableRequestCompression, requestMinCompressionSizeBytes: _requestMinCompressionSizeBytes } = input;
  return Object.assign(input, {
    disableRequestCompression: normalizeProvider(disableRequestCompression),
    requestMinCompressionSizeBytes: async () => {
      const requestMinCompressionSizeBytes = await normalizeProvider(_requestMinCompressionSizeBytes)();
      if (requestMinCompressionSizeBytes < 0 || requestMinCompressionSizeBytes > 10485760) {
        throw new RangeError(`The value for requestMinCompressionSizeBytes must be between 0 and 10485760 inclusive. The provided value ${requestMinCompressionSizeBytes} is outside this range."`);
      }
      return requestMinCompressionSizeBytes;
    }
  });
};

// node_modules/@smithy/middleware-compression/dist-es/NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS.js
var NODE_DISABLE_REQUEST_COMPRESSION_ENV_NAME = "AWS_DISABLE_REQUEST_COMPRESSION";
var NODE_DISABLE_REQUEST_COMPRESSION_INI_NAME = "disable_request_compression";
var DEFAULT_DISABLE_REQUEST_COMPRESSION = false;
var NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS = {
  environmentVariableSelector: (env) => booleanSelector(env, NODE_DISABLE_REQUEST_COMPRESSION_ENV_NAME, SelectorType.ENV),
  configFileSelector: (profile) => booleanSelector(profile, NODE_DISABLE_REQUEST_COMPRESSION_INI_NAME, SelectorType.CONFIG),
  default: DEFAULT_DISABLE_REQUEST_COMPRESSION
};

// node_modules/@smithy/middleware-compression/dist-es/NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS.js
var NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_ENV_NAME = "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES";
var NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_INI_NAME = "request_min_compression_size_bytes";
var DEFAULT_NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES = 10240;
var NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS = {
  environmentVariableSelector: (env) => numberSelector(env, NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_ENV_NAME, SelectorType.ENV),
  configFileSelector: (profile) => numberSelector(profile, NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_INI_NAME, SelectorType.CONFIG),
  default: DEFAULT_NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES
};

// node_modules/@aws-sdk/client-cloudwatch/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "monitoring"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-cloudwatch/dist-es/models/CloudWatchServiceException.js
var CloudWatchServiceException = class _CloudWatchServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatch#CloudWatchServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _CloudWatchServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-cloudwatch/dist-es/models/errors.js
var ConflictException = class _ConflictException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#ConflictException";
  name = "ConflictException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictException.prototype);
    this.Message = opts.Message;
  }
};
var KmsAccessDeniedException = class _KmsAccessDeniedException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#KmsAccessDeniedException";
  name = "KmsAccessDeniedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "KmsAccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KmsAccessDeniedException.prototype);
    this.Message = opts.Message;
  }
};
var KmsKeyDisabledException = class _KmsKeyDisabledException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#KmsKeyDisabledException";
  name = "KmsKeyDisabledException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "KmsKeyDisabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KmsKeyDisabledException.prototype);
    this.Message = opts.Message;
  }
};
var KmsKeyNotFoundException = class _KmsKeyNotFoundException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#KmsKeyNotFoundException";
  name = "KmsKeyNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "KmsKeyNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KmsKeyNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceNotFoundException = class _ResourceNotFoundException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#ResourceNotFoundException";
  name = "ResourceNotFoundException";
  $fault = "client";
  ResourceType;
  ResourceId;
  Message;
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
    this.ResourceType = opts.ResourceType;
    this.ResourceId = opts.ResourceId;
    this.Message = opts.Message;
  }
};
var ConcurrentModificationException = class _ConcurrentModificationException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#ConcurrentModificationException";
  name = "ConcurrentModificationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ConcurrentModificationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConcurrentModificationException.prototype);
    this.Message = opts.Message;
  }
};
var DashboardInvalidInputError = class _DashboardInvalidInputError extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#DashboardInvalidInputError";
  name = "DashboardInvalidInputError";
  $fault = "client";
  dashboardValidationMessages;
  constructor(opts) {
    super({
      name: "DashboardInvalidInputError",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DashboardInvalidInputError.prototype);
    this.dashboardValidationMessages = opts.dashboardValidationMessages;
  }
};
var DashboardNotFoundError = class _DashboardNotFoundError extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#DashboardNotFoundError";
  name = "DashboardNotFoundError";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DashboardNotFoundError",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DashboardNotFoundError.prototype);
  }
};
var ResourceConflict = class _ResourceConflict extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#ResourceConflict";
  name = "ResourceConflict";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceConflict",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceConflict.prototype);
  }
};
var ResourceNotFound = class _ResourceNotFound extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#ResourceNotFound";
  name = "ResourceNotFound";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFound.prototype);
  }
};
var InternalServiceFault = class _InternalServiceFault extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#InternalServiceFault";
  name = "InternalServiceFault";
  $fault = "server";
  Message;
  constructor(opts) {
    super({
      name: "InternalServiceFault",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalServiceFault.prototype);
    this.Message = opts.Message;
  }
};
var InvalidParameterCombinationException = class _InvalidParameterCombinationException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#InvalidParameterCombinationException";
  name = "InvalidParameterCombinationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidParameterCombinationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterCombinationException.prototype);
  }
};
var InvalidParameterValueException = class _InvalidParameterValueException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#InvalidParameterValueException";
  name = "InvalidParameterValueException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidParameterValueException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterValueException.prototype);
  }
};
var MissingRequiredParameterException = class _MissingRequiredParameterException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#MissingRequiredParameterException";
  name = "MissingRequiredParameterException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MissingRequiredParameterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MissingRequiredParameterException.prototype);
  }
};
var InvalidNextToken = class _InvalidNextToken extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#InvalidNextToken";
  name = "InvalidNextToken";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidNextToken",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidNextToken.prototype);
  }
};
var LimitExceededException = class _LimitExceededException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#LimitExceededException";
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
var LimitExceededFault = class _LimitExceededFault extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#LimitExceededFault";
  name = "LimitExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LimitExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededFault.prototype);
  }
};
var InvalidFormatFault = class _InvalidFormatFault extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#InvalidFormatFault";
  name = "InvalidFormatFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidFormatFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidFormatFault.prototype);
  }
};
var ValidationException = class _ValidationException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#ValidationException";
  name = "ValidationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ValidationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ValidationException.prototype);
  }
};

// node_modules/@aws-sdk/client-cloudwatch/dist-es/schemas/schemas_0.js
var _A = "Average";
var _AA = "AlarmActions";
var _AAV = "ApproximateAggregateValue";
var _AAl = "AlarmArn";
var _AC = "ActionConfiguration";
var _ACA = "AlarmContributorAttributes";
var _ACI = "AlarmContributorId";
var _ACUT = "AlarmConfigurationUpdatedTimestamp";
var _ACl = "AlarmContributor";
var _ADIn = "AnomalyDetectorIds";
var _ADT = "AnomalyDetectorTypes";
var _ADl = "AlarmDescription";
var _AE = "ActionsEnabled";
var _AEg = "AggregationExpression";
var _AHI = "AlarmHistoryItem";
var _AHIl = "AlarmHistoryItems";
var _AI = "AccountId";
var _ALLC = "ActionLogLineCount";
var _ALLRA = "ActionLogLineRoleArn";
var _AN = "AlarmName";
var _ANP = "AlarmNamePrefix";
var _ANl = "AlarmNames";
var _AP = "ActionPrefix";
var _APQLC = "AlarmPromQLCriteria";
var _AR = "AlarmRule";
var _ASB = "ActionsSuppressedBy";
var _ASEP = "ActionsSuppressorExtensionPeriod";
var _ASR = "ActionsSuppressedReason";
var _ASWP = "ActionsSuppressorWaitPeriod";
var _ASc = "ActionsSuppressor";
var _ASd = "AdditionalStatistics";
var _ASg = "AggregationStatistic";
var _AT = "AlarmType";
var _ATP = "AlarmTagsPropagation";
var _ATl = "AlarmTypes";
var _AUC = "ApproximateUniqueCount";
var _AV = "AggregateValue";
var _AVp = "ApproximateValue";
var _At = "Attributes";
var _CA = "ContributorAttributes";
var _CAo = "CompositeAlarm";
var _CAom = "CompositeAlarms";
var _CE = "ConflictException";
var _CI = "ContributorId";
var _CME = "ConcurrentModificationException";
var _CO = "ComparisonOperator";
var _COAN = "ChildrenOfAlarmName";
var _Co = "Contributors";
var _Cod = "Code";
var _Cou = "Counts";
var _D = "Dimensions";
var _DAAI = "DisableAlarmActionsInput";
var _DADIe = "DescribeAnomalyDetectorsInput";
var _DAH = "DescribeAlarmHistory";
var _DAHI = "DescribeAlarmHistoryInput";
var _DAHO = "DescribeAlarmHistoryOutput";
var _DAI = "DeleteAlarmsInput";
var _DAIe = "DescribeAlarmsInput";
var _DAO = "DescribeAlarmsOutput";
var _DAes = "DescribeAlarms";
var _DDI = "DeleteDashboardsInput";
var _DIIE = "DashboardInvalidInputError";
var _DIRI = "DeleteInsightRulesInput";
var _DIRIi = "DisableInsightRulesInput";
var _DNFE = "DashboardNotFoundError";
var _DNa = "DashboardNames";
var _DP = "DataPath";
var _DTA = "DatapointsToAlarm";
var _DVM = "DashboardValidationMessage";
var _DVMa = "DashboardValidationMessages";
var _Da = "Datapoint";
var _Dat = "Datapoints";
var _Di = "Dimension";
var _E = "Enabled";
var _EAAI = "EnableAlarmActionsInput";
var _EC = "EvaluationCriteria";
var _EDn = "EndDate";
var _EI = "EvaluationInterval";
var _EIRI = "EnableInsightRulesInput";
var _ELSCP = "EvaluateLowSampleCountPercentile";
var _EP = "EvaluationPeriods";
var _ES = "ExtendedStatistics";
var _ESv = "EvaluationState";
var _ESx = "ExtendedStatistic";
var _ET = "EndTime";
var _ETK = "ExcludedTagKeys";
var _ETO = "EndTimeOffset";
var _EW = "EvaluationWindow";
var _En = "Entity";
var _Ex = "Expression";
var _GIRRI = "GetInsightRuleReportInput";
var _GIRRO = "GetInsightRuleReportOutput";
var _GMSI = "GetMetricStatisticsInput";
var _HD = "HistoryData";
var _HIT = "HistoryItemType";
var _HS = "HistorySummary";
var _I = "Id";
var _IDA = "InsufficientDataActions";
var _IFF = "InvalidFormatFault";
var _IM = "IncludeMetrics";
var _INT = "InvalidNextToken";
var _IPCE = "InvalidParameterCombinationException";
var _IPVE = "InvalidParameterValueException";
var _IRC = "InsightRuleContributor";
var _IRCD = "InsightRuleContributorDatapoint";
var _IRCDn = "InsightRuleContributorDatapoints";
var _IRCn = "InsightRuleContributors";
var _IRMD = "InsightRuleMetricDatapoint";
var _IRMDn = "InsightRuleMetricDatapoints";
var _ISF = "InternalServiceFault";
var _ITK = "IncludedTagKeys";
var _K = "Keys";
var _KA = "KeyAttributes";
var _KADE = "KmsAccessDeniedException";
var _KKDE = "KmsKeyDisabledException";
var _KKNFE = "KmsKeyNotFoundException";
var _KL = "KeyLabels";
var _Ke = "Key";
var _L = "Label";
var _LA = "LogAlarms";
var _LAMRI = "ListAlarmMuteRulesInput";
var _LAo = "LogAlarm";
var _LEE = "LimitExceededException";
var _LEF = "LimitExceededFault";
var _LGI = "LogGroupIdentifiers";
var _LMO = "ListMetricsOutput";
var _M = "Message";
var _MA = "MetricAlarms";
var _MAe = "MetricAlarm";
var _MCC = "MaxContributorCount";
var _MCV = "MaxContributorValue";
var _MDQ = "MetricDataQueries";
var _MDQe = "MetricDataQuery";
var _MDRM = "MetricDataResultMessages";
var _MDRe = "MetricDataResult";
var _MDe = "MetricDatapoints";
var _MDes = "MessageData";
var _MDet = "MetricDatum";
var _MN = "MetricName";
var _MNe = "MetricNames";
var _MR = "MaxRecords";
var _MRPE = "MissingRequiredParameterException";
var _MRa = "MaxResults";
var _MSF = "MetricStreamFilter";
var _MSSC = "MetricStreamStatisticsConfiguration";
var _MSSIM = "MetricStreamStatisticsIncludeMetrics";
var _MSSM = "MetricStreamStatisticsMetric";
var _MSe = "MetricStat";
var _MTu = "MuteTargets";
var _Ma = "Maximum";
var _Me = "Metrics";
var _Mes = "Messages";
var _Met = "Metric";
var _Mi = "Minimum";
var _N = "Namespace";
var _NT = "NextToken";
var _Na = "Name";
var _Nam = "Names";
var _OAw = "OwningAccounts";
var _OB = "OrderBy";
var _OKA = "OKActions";
var _OSEAWUPE = "OnlyStartEvaluatingAfterWarmUpPeriodEnds";
var _OTEMS = "OTelEnrichmentMetricSelector";
var _P = "Period";
var _PCAI = "PutCompositeAlarmInput";
var _PLAI = "PutLogAlarmInput";
var _PMAI = "PutMetricAlarmInput";
var _POAN = "ParentsOfAlarmName";
var _PP = "PendingPeriod";
var _PQLC = "PromQLCriteria";
var _Q = "Query";
var _QARN = "QueryARN";
var _QRTA = "QueryResultsToAlarm";
var _QRTE = "QueryResultsToEvaluate";
var _QS = "QueryString";
var _RARN = "ResourceARN";
var _RC = "ResourceConflict";
var _RD = "ReturnData";
var _RI = "ResourceId";
var _RMS = "ResourceMetricSelection";
var _RN = "RuleNames";
var _RNF = "ResourceNotFound";
var _RNFE = "ResourceNotFoundException";
var _RNu = "RuleName";
var _RP = "RecoveryPeriod";
var _RT = "ResourceType";
var _SB = "ScanBy";
var _SC = "SampleCount";
var _SCc = "ScheduleConfiguration";
var _SCta = "StatusCode";
var _SD = "StartDate";
var _SE = "ScheduleExpression";
var _SMSI = "StartMetricStreamsInput";
var _SMSIt = "StopMetricStreamsInput";
var _SQC = "ScheduledQueryConfiguration";
var _SQRARN = "ScheduledQueryRoleARN";
var _SR = "StateReason";
var _SRD = "StateReasonData";
var _SRt = "StorageResolution";
var _SS = "StatisticSet";
var _ST = "StartTime";
var _STO = "StartTimeOffset";
var _STT = "StateTransitionedTimestamp";
var _SUT = "StateUpdatedTimestamp";
var _SV = "StateValue";
var _SVt = "StatisticValues";
var _SW = "SlidingWindow";
var _St = "Stat";
var _Sta = "Statistic";
var _Stat = "Statistics";
var _Statu = "Statuses";
var _Su = "Sum";
var _T = "Timestamp";
var _TK = "TagKeys";
var _TL = "TagList";
var _TMD = "TreatMissingData";
var _TMI = "ThresholdMetricId";
var _Ta = "Tags";
var _Tag = "Tag";
var _Th = "Threshold";
var _Ti = "Timezone";
var _Tim = "Timestamps";
var _U = "Unit";
var _UC = "UniqueContributors";
var _URI = "UntagResourceInput";
var _V = "Value";
var _VE = "ValidationException";
var _Va = "Values";
var _WCW = "WallClockWindow";
var _WUC = "WarmUpConfiguration";
var _WUPDIM = "WarmUpPeriodDurationInMinutes";
var _c = "client";
var _dVM = "dashboardValidationMessages";
var _m = "message";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatch";
var _se = "server";
var n0 = "com.amazonaws.cloudwatch";
var _s_registry = new TypeRegistry(_s);
var CloudWatchServiceException$ = [-3, _s, "CloudWatchServiceException", 0, [], []];
_s_registry.registerError(CloudWatchServiceException$, CloudWatchServiceException);
var n0_registry = new TypeRegistry(n0);
var ConcurrentModificationException$ = [
  -3,
  n0,
  _CME,
  { "awsQueryError": [`ConcurrentModificationException`, 429], "error": _c, "httpError": 429 },
  [_M],
  [0]
];
n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
var ConflictException$ = [
  -3,
  n0,
  _CE,
  { "error": _c, "httpError": 409 },
  [_M],
  [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var DashboardInvalidInputError$ = [
  -3,
  n0,
  _DIIE,
  { "awsQueryError": [`InvalidParameterInput`, 400], "error": _c, "httpError": 400 },
  [_m, _dVM],
  [0, () => DashboardValidationMessages]
];
n0_registry.registerError(DashboardInvalidInputError$, DashboardInvalidInputError);
var DashboardNotFoundError$ = [
  -3,
  n0,
  _DNFE,
  { "awsQueryError": [`ResourceNotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(DashboardNotFoundError$, DashboardNotFoundError);
var InternalServiceFault$ = [
  -3,
  n0,
  _ISF,
  { "awsQueryError": [`InternalServiceError`, 500], "error": _se, "httpError": 500 },
  [_M],
  [0]
];
n0_registry.registerError(InternalServiceFault$, InternalServiceFault);
var InvalidFormatFault$ = [
  -3,
  n0,
  _IFF,
  { "awsQueryError": [`InvalidFormat`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidFormatFault$, InvalidFormatFault);
var InvalidNextToken$ = [
  -3,
  n0,
  _INT,
  { "awsQueryError": [`InvalidNextToken`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidNextToken$, InvalidNextToken);
var InvalidParameterCombinationException$ = [
  -3,
  n0,
  _IPCE,
  { "awsQueryError": [`InvalidParameterCombination`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidParameterCombinationException$, InvalidParameterCombinationException);
var InvalidParameterValueException$ = [
  -3,
  n0,
  _IPVE,
  { "awsQueryError": [`InvalidParameterValue`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidParameterValueException$, InvalidParameterValueException);
var KmsAccessDeniedException$ = [
  -3,
  n0,
  _KADE,
  { "error": _c },
  [_M],
  [0],
  1
];
n0_registry.registerError(KmsAccessDeniedException$, KmsAccessDeniedException);
var KmsKeyDisabledException$ = [
  -3,
  n0,
  _KKDE,
  { "error": _c },
  [_M],
  [0],
  1
];
n0_registry.registerError(KmsKeyDisabledException$, KmsKeyDisabledException);
var KmsKeyNotFoundException$ = [
  -3,
  n0,
  _KKNFE,
  { "error": _c },
  [_M],
  [0],
  1
];
n0_registry.registerError(KmsKeyNotFoundException$, KmsKeyNotFoundException);
var LimitExceededException$ = [
  -3,
  n0,
  _LEE,
  { "awsQueryError": [`LimitExceededException`, 400], "error": _c, "httpError": 400 },
  [_M],
  [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var LimitExceededFault$ = [
  -3,
  n0,
  _LEF,
  { "awsQueryError": [`LimitExceeded`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(LimitExceededFault$, LimitExceededFault);
var MissingRequiredParameterException$ = [
  -3,
  n0,
  _MRPE,
  { "awsQueryError": [`MissingParameter`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(MissingRequiredParameterException$, MissingRequiredParameterException);
var ResourceConflict$ = [
  -3,
  n0,
  _RC,
  { "awsQueryError": [`ResourceConflict`, 409], "error": _c, "httpError": 409 },
  [_m],
  [0]
];
n0_registry.registerError(ResourceConflict$, ResourceConflict);
var ResourceNotFound$ = [
  -3,
  n0,
  _RNF,
  { "awsQueryError": [`ResourceNotFound`, 404], "error": _c, "httpError": 404 },
  [_m],
  [0]
];
n0_registry.registerError(ResourceNotFound$, ResourceNotFound);
var ResourceNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { "awsQueryError": [`ResourceNotFoundException`, 404], "error": _c, "httpError": 404 },
  [_RT, _RI, _M],
  [0, 0, 0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ValidationException$ = [
  -3,
  n0,
  _VE,
  { "awsQueryError": [`ValidationError`, 400], "error": _c, "httpError": 400 },
  [_m],
  [0]
];
n0_registry.registerError(ValidationException$, ValidationException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var ActionConfiguration$ = [
  3,
  n0,
  _AC,
  0,
  [_ATP],
  [() => AlarmTagsPropagation$]
];
var AlarmContributor$ = [
  3,
  n0,
  _ACl,
  0,
  [_CI, _CA, _SR, _STT],
  [0, 128 | 0, 0, 4],
  3
];
var AlarmHistoryItem$ = [
  3,
  n0,
  _AHI,
  0,
  [_AN, _ACI, _AT, _T, _HIT, _HS, _HD, _ACA],
  [0, 0, 0, 4, 0, 0, 0, 128 | 0]
];
var AlarmPromQLCriteria$ = [
  3,
  n0,
  _APQLC,
  0,
  [_Q, _PP, _RP],
  [0, 1, 1],
  1
];
var AlarmTagsPropagation$ = [
  3,
  n0,
  _ATP,
  0,
  [_E, _ITK, _ETK],
  [2, 64 | 0, 64 | 0],
  1
];
var CompositeAlarm$ = [
  3,
  n0,
  _CAo,
  0,
  [_AE, _AA, _AAl, _ACUT, _ADl, _AN, _AR, _IDA, _OKA, _SR, _SRD, _SUT, _SV, _STT, _ASB, _ASR, _ASc, _ASWP, _ASEP, _AC],
  [2, 64 | 0, 0, 4, 0, 0, 0, 64 | 0, 64 | 0, 0, 0, 4, 0, 4, 0, 0, 0, 1, 1, () => ActionConfiguration$]
];
var DashboardValidationMessage$ = [
  3,
  n0,
  _DVM,
  0,
  [_DP, _M],
  [0, 0]
];
var Datapoint$ = [
  3,
  n0,
  _Da,
  0,
  [_T, _SC, _A, _Su, _Mi, _Ma, _U, _ES],
  [4, 1, 1, 1, 1, 1, 0, 128 | 1]
];
var DeleteAlarmsInput$ = [
  3,
  n0,
  _DAI,
  0,
  [_ANl],
  [64 | 0],
  1
];
var DeleteDashboardsInput$ = [
  3,
  n0,
  _DDI,
  0,
  [_DNa],
  [64 | 0],
  1
];
var DeleteInsightRulesInput$ = [
  3,
  n0,
  _DIRI,
  0,
  [_RN],
  [64 | 0],
  1
];
var DescribeAlarmHistoryInput$ = [
  3,
  n0,
  _DAHI,
  0,
  [_AN, _ACI, _ATl, _HIT, _SD, _EDn, _MR, _NT, _SB],
  [0, 0, 64 | 0, 0, 4, 4, 1, 0, 0]
];
var DescribeAlarmHistoryOutput$ = [
  3,
  n0,
  _DAHO,
  0,
  [_AHIl, _NT],
  [() => AlarmHistoryItems, 0]
];
var DescribeAlarmsInput$ = [
  3,
  n0,
  _DAIe,
  0,
  [_ANl, _ANP, _ATl, _COAN, _POAN, _SV, _AP, _MR, _NT],
  [64 | 0, 0, 64 | 0, 0, 0, 0, 0, 1, 0]
];
var DescribeAlarmsOutput$ = [
  3,
  n0,
  _DAO,
  0,
  [_CAom, _MA, _LA, _NT],
  [() => CompositeAlarms, () => MetricAlarms, () => LogAlarms, 0]
];
var DescribeAnomalyDetectorsInput$ = [
  3,
  n0,
  _DADIe,
  0,
  [_ADIn, _NT, _MRa, _N, _MN, _D, _ADT],
  [64 | 0, 0, 1, 0, 0, () => Dimensions, 64 | 0]
];
var Dimension$ = [
  3,
  n0,
  _Di,
  0,
  [_Na, _V],
  [0, 0],
  2
];
var DisableAlarmActionsInput$ = [
  3,
  n0,
  _DAAI,
  0,
  [_ANl],
  [64 | 0],
  1
];
var DisableInsightRulesInput$ = [
  3,
  n0,
  _DIRIi,
  0,
  [_RN],
  [64 | 0],
  1
];
var EnableAlarmActionsInput$ = [
  3,
  n0,
  _EAAI,
  0,
  [_ANl],
  [64 | 0],
  1
];
var EnableInsightRulesInput$ = [
  3,
  n0,
  _EIRI,
  0,
  [_RN],
  [64 | 0],
  1
];
var Entity$ = [
  3,
  n0,
  _En,
  0,
  [_KA, _At],
  [128 | 0, 128 | 0]
];
var GetInsightRuleReportInput$ = [
  3,
  n0,
  _GIRRI,
  0,
  [_RNu, _ST, _ET, _P, _MCC, _Me, _OB],
  [0, 4, 4, 1, 1, 64 | 0, 0],
  4
];
var GetInsightRuleReportOutput$ = [
  3,
  n0,
  _GIRRO,
  0,
  [_KL, _ASg, _AV, _AUC, _Co, _MDe],
  [64 | 0, 0, 1, 1, () => InsightRuleContributors, () => InsightRuleMetricDatapoints]
];
var GetMetricStatisticsInput$ = [
  3,
  n0,
  _GMSI,
  0,
  [_N, _MN, _ST, _ET, _P, _D, _Stat, _ES, _U],
  [0, 0, 4, 4, 1, () => Dimensions, 64 | 0, 64 | 0, 0],
  5
];
var InsightRuleContributor$ = [
  3,
  n0,
  _IRC,
  0,
  [_K, _AAV, _Dat],
  [64 | 0, 1, () => InsightRuleContributorDatapoints],
  3
];
var InsightRuleContributorDatapoint$ = [
  3,
  n0,
  _IRCD,
  0,
  [_T, _AVp],
  [4, 1],
  2
];
var InsightRuleMetricDatapoint$ = [
  3,
  n0,
  _IRMD,
  0,
  [_T, _UC, _MCV, _SC, _A, _Su, _Mi, _Ma],
  [4, 1, 1, 1, 1, 1, 1, 1],
  1
];
var ListAlarmMuteRulesInput$ = [
  3,
  n0,
  _LAMRI,
  0,
  [_AN, _Statu, _MR, _NT],
  [0, 64 | 0, 1, 0]
];
var ListMetricsOutput$ = [
  3,
  n0,
  _LMO,
  0,
  [_Me, _NT, _OAw],
  [() => Metrics, 0, 64 | 0]
];
var LogAlarm$ = [
  3,
  n0,
  _LAo,
  0,
  [_AN, _AAl, _ADl, _ACUT, _AE, _OKA, _AA, _IDA, _SV, _SR, _SRD, _SUT, _SQC, _QRTE, _QRTA, _Th, _CO, _TMD, _STT, _ESv, _ALLC, _ALLRA, _WUC, _AC],
  [0, 0, 0, 4, 2, 64 | 0, 64 | 0, 64 | 0, 0, 0, 0, 4, () => ScheduledQueryConfiguration$, 1, 1, 1, 0, 0, 4, 0, 1, 0, () => WarmUpConfiguration$, () => ActionConfiguration$]
];
var MessageData$ = [
  3,
  n0,
  _MDes,
  0,
  [_Cod, _V],
  [0, 0]
];
var Metric$ = [
  3,
  n0,
  _Met,
  0,
  [_N, _MN, _D],
  [0, 0, () => Dimensions]
];
var MetricAlarm$ = [
  3,
  n0,
  _MAe,
  0,
  [_AN, _AAl, _ADl, _ACUT, _AE, _OKA, _AA, _IDA, _SV, _SR, _SRD, _SUT, _MN, _N, _Sta, _ESx, _D, _P, _U, _EP, _DTA, _Th, _CO, _TMD, _ELSCP, _Me, _TMI, _ESv, _STT, _EW, _WUC, _EC, _EI, _AC],
  [0, 0, 0, 4, 2, 64 | 0, 64 | 0, 64 | 0, 0, 0, 0, 4, 0, 0, 0, 0, () => Dimensions, 1, 0, 1, 1, 1, 0, 0, 0, () => MetricDataQueries, 0, 0, 4, () => EvaluationWindow$, () => WarmUpConfiguration$, () => EvaluationCriteria$, 1, () => ActionConfiguration$]
];
var MetricDataQuery$ = [
  3,
  n0,
  _MDQe,
  0,
  [_I, _MSe, _Ex, _L, _RD, _P, _AI],
  [0, () => MetricStat$, 0, 0, 2, 1, 0],
  1
];
var MetricDataResult$ = [
  3,
  n0,
  _MDRe,
  0,
  [_I, _L, _Tim, _Va, _SCta, _Mes],
  [0, 0, 64 | 4, 64 | 1, 0, () => MetricDataResultMessages]
];
var MetricDatum$ = [
  3,
  n0,
  _MDet,
  0,
  [_MN, _D, _T, _V, _SVt, _Va, _Cou, _U, _SRt],
  [0, () => Dimensions, 4, 1, () => StatisticSet$, 64 | 1, 64 | 1, 0, 1],
  1
];
var MetricStat$ = [
  3,
  n0,
  _MSe,
  0,
  [_Met, _P, _St, _U],
  [() => Metric$, 1, 0, 0],
  3
];
var MetricStreamFilter$ = [
  3,
  n0,
  _MSF,
  0,
  [_N, _MNe],
  [0, 64 | 0]
];
var MetricStreamStatisticsConfiguration$ = [
  3,
  n0,
  _MSSC,
  0,
  [_IM, _ASd],
  [() => MetricStreamStatisticsIncludeMetrics, 64 | 0],
  2
];
var MetricStreamStatisticsMetric$ = [
  3,
  n0,
  _MSSM,
  0,
  [_N, _MN],
  [0, 0],
  2
];
var MuteTargets$ = [
  3,
  n0,
  _MTu,
  0,
  [_ANl],
  [64 | 0],
  1
];
var OTelEnrichmentMetricSelector$ = [
  3,
  n0,
  _OTEMS,
  0,
  [_N, _MNe],
  [0, 64 | 0],
  1
];
var PutCompositeAlarmInput$ = [
  3,
  n0,
  _PCAI,
  0,
  [_AN, _AR, _AE, _AA, _ADl, _IDA, _OKA, _Ta, _ASc, _ASWP, _ASEP, _AC],
  [0, 0, 2, 64 | 0, 0, 64 | 0, 64 | 0, () => TagList, 0, 1, 1, () => ActionConfiguration$],
  2
];
var PutLogAlarmInput$ = [
  3,
  n0,
  _PLAI,
  0,
  [_AN, _SQC, _QRTE, _QRTA, _Th, _CO, _ADl, _ALLC, _ALLRA, _AE, _OKA, _AA, _IDA, _TMD, _Ta, _WUC, _AC],
  [0, () => ScheduledQueryConfiguration$, 1, 1, 1, 0, 0, 1, 0, 2, 64 | 0, 64 | 0, 64 | 0, 0, () => TagList, () => WarmUpConfiguration$, () => ActionConfiguration$],
  6
];
var PutMetricAlarmInput$ = [
  3,
  n0,
  _PMAI,
  0,
  [_AN, _ADl, _AE, _OKA, _AA, _IDA, _MN, _N, _Sta, _ESx, _D, _P, _U, _EP, _DTA, _Th, _CO, _TMD, _ELSCP, _Me, _Ta, _TMI, _EW, _WUC, _EC, _EI, _AC],
  [0, 0, 2, 64 | 0, 64 | 0, 64 | 0, 0, 0, 0, 0, () => Dimensions, 1, 0, 1, 1, 1, 0, 0, 0, () => MetricDataQueries, () => TagList, 0, () => EvaluationWindow$, () => WarmUpConfiguration$, () => EvaluationCriteria$, 1, () => ActionConfiguration$],
  1
];
var ResourceMetricSelection$ = [
  3,
  n0,
  _RMS,
  0,
  [_IM],
  [64 | 0],
  1
];
var ScheduleConfiguration$ = [
  3,
  n0,
  _SCc,
  0,
  [_SE, _STO, _ETO],
  [0, 1, 1],
  2
];
var ScheduledQueryConfiguration$ = [
  3,
  n0,
  _SQC,
  0,
  [_QS, _SQRARN, _SCc, _AEg, _LGI, _QARN, _Ta],
  [0, 0, () => ScheduleConfiguration$, 0, 64 | 0, 0, () => TagList],
  4
];
var SlidingWindow$ = [
  3,
  n0,
  _SW,
  0,
  [],
  []
];
var StartMetricStreamsInput$ = [
  3,
  n0,
  _SMSI,
  0,
  [_Nam],
  [64 | 0],
  1
];
var StatisticSet$ = [
  3,
  n0,
  _SS,
  0,
  [_SC, _Su, _Mi, _Ma],
  [1, 1, 1, 1],
  4
];
var StopMetricStreamsInput$ = [
  3,
  n0,
  _SMSIt,
  0,
  [_Nam],
  [64 | 0],
  1
];
var Tag$ = [
  3,
  n0,
  _Tag,
  0,
  [_Ke, _V],
  [0, 0],
  2
];
var UntagResourceInput$ = [
  3,
  n0,
  _URI,
  0,
  [_RARN, _TK],
  [0, 64 | 0],
  2
];
var WallClockWindow$ = [
  3,
  n0,
  _WCW,
  0,
  [_Ti],
  [0]
];
var WarmUpConfiguration$ = [
  3,
  n0,
  _WUC,
  0,
  [_WUPDIM, _OSEAWUPE],
  [1, 2],
  1
];
var AlarmHistoryItems = [
  1,
  n0,
  _AHIl,
  0,
  () => AlarmHistoryItem$
];
var AlarmMuteRuleStatuses = 64 | 0;
var AlarmNames = 64 | 0;
var AlarmTagsPropagationTagKeys = 64 | 0;
var AlarmTypes = 64 | 0;
var AnomalyDetectorIds = 64 | 0;
var AnomalyDetectorTypes = 64 | 0;
var CompositeAlarms = [
  1,
  n0,
  _CAom,
  0,
  () => CompositeAlarm$
];
var Counts = 64 | 1;
var DashboardNames = 64 | 0;
var DashboardValidationMessages = [
  1,
  n0,
  _DVMa,
  0,
  () => DashboardValidationMessage$
];
var DatapointValues = 64 | 1;
var Dimensions = [
  1,
  n0,
  _D,
  0,
  () => Dimension$
];
var ExtendedStatistics = 64 | 0;
var InsightRuleContributorDatapoints = [
  1,
  n0,
  _IRCDn,
  0,
  () => InsightRuleContributorDatapoint$
];
var InsightRuleContributorKeyLabels = 64 | 0;
var InsightRuleContributorKeys = 64 | 0;
var InsightRuleContributors = [
  1,
  n0,
  _IRCn,
  0,
  () => InsightRuleContributor$
];
var InsightRuleMetricDatapoints = [
  1,
  n0,
  _IRMDn,
  0,
  () => InsightRuleMetricDatapoint$
];
var InsightRuleMetricList = 64 | 0;
var InsightRuleNames = 64 | 0;
var LogAlarms = [
  1,
  n0,
  _LA,
  0,
  () => LogAlarm$
];
var LogGroupIdentifiers = 64 | 0;
var MetricAlarms = [
  1,
  n0,
  _MA,
  0,
  () => MetricAlarm$
];
var MetricDataQueries = [
  1,
  n0,
  _MDQ,
  0,
  () => MetricDataQuery$
];
var MetricDataResultMessages = [
  1,
  n0,
  _MDRM,
  0,
  () => MessageData$
];
var MetricNameList = 64 | 0;
var Metrics = [
  1,
  n0,
  _Me,
  0,
  () => Metric$
];
var MetricStreamFilterMetricNames = 64 | 0;
var MetricStreamNames = 64 | 0;
var MetricStreamStatisticsAdditionalStatistics = 64 | 0;
var MetricStreamStatisticsIncludeMetrics = [
  1,
  n0,
  _MSSIM,
  0,
  () => MetricStreamStatisticsMetric$
];
var MuteTargetAlarmNameList = 64 | 0;
var OTelEnrichmentMetricNameList = 64 | 0;
var OwningAccounts = 64 | 0;
var ResourceList = 64 | 0;
var Statistics = 64 | 0;
var TagKeyList = 64 | 0;
var TagList = [
  1,
  n0,
  _TL,
  0,
  () => Tag$
];
var Timestamps = 64 | 4;
var Values = 64 | 1;
var ContributorAttributes = 128 | 0;
var DatapointValueMap = 128 | 1;
var EntityAttributesMap = 128 | 0;
var EntityKeyAttributesMap = 128 | 0;
var EvaluationCriteria$ = [
  4,
  n0,
  _EC,
  0,
  [_PQLC],
  [() => AlarmPromQLCriteria$]
];
var EvaluationWindow$ = [
  4,
  n0,
  _EW,
  0,
  [_WCW, _SW],
  [() => WallClockWindow$, () => SlidingWindow$]
];
var DescribeAlarmHistory$ = [
  9,
  n0,
  _DAH,
  0,
  () => DescribeAlarmHistoryInput$,
  () => DescribeAlarmHistoryOutput$
];
var DescribeAlarms$ = [
  9,
  n0,
  _DAes,
  0,
  () => DescribeAlarmsInput$,
  () => DescribeAlarmsOutput$
];

export {
  NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS,
  NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS,
  resolveCompressionConfig,
  resolveClientEndpointParameters,
  commonParams,
  errorTypeRegistries,
  DescribeAlarmHistory$,
  DescribeAlarms$
};
