import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  ServiceException
} from "./chunk-3BRKJ3XX.js";
import {
  TypeRegistry
} from "./chunk-FJAKXPKF.js";

// node_modules/@aws-sdk/client-codedeploy/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "codedeploy"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-codedeploy/dist-es/models/CodeDeployServiceException.js
var CodeDeployServiceException = class _CodeDeployServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _CodeDeployServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-codedeploy/dist-es/models/errors.js
var InstanceLimitExceededException = class _InstanceLimitExceededException extends CodeDeployServiceException {
  name = "InstanceLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InstanceLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InstanceLimitExceededException.prototype);
  }
};
var InstanceNameRequiredException = class _InstanceNameRequiredException extends CodeDeployServiceException {
  name = "InstanceNameRequiredException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InstanceNameRequiredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InstanceNameRequiredException.prototype);
  }
};
var InstanceNotRegisteredException = class _InstanceNotRegisteredException extends CodeDeployServiceException {
  name = "InstanceNotRegisteredException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InstanceNotRegisteredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InstanceNotRegisteredException.prototype);
  }
};
var InvalidInstanceNameException = class _InvalidInstanceNameException extends CodeDeployServiceException {
  name = "InvalidInstanceNameException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidInstanceNameException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidInstanceNameException.prototype);
  }
};
var InvalidTagException = class _InvalidTagException extends CodeDeployServiceException {
  name = "InvalidTagException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidTagException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTagException.prototype);
  }
};
var TagLimitExceededException = class _TagLimitExceededException extends CodeDeployServiceException {
  name = "TagLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TagLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TagLimitExceededException.prototype);
  }
};
var TagRequiredException = class _TagRequiredException extends CodeDeployServiceException {
  name = "TagRequiredException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TagRequiredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TagRequiredException.prototype);
  }
};
var AlarmsLimitExceededException = class _AlarmsLimitExceededException extends CodeDeployServiceException {
  name = "AlarmsLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AlarmsLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AlarmsLimitExceededException.prototype);
  }
};
var ApplicationAlreadyExistsException = class _ApplicationAlreadyExistsException extends CodeDeployServiceException {
  name = "ApplicationAlreadyExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ApplicationAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ApplicationAlreadyExistsException.prototype);
  }
};
var ApplicationDoesNotExistException = class _ApplicationDoesNotExistException extends CodeDeployServiceException {
  name = "ApplicationDoesNotExistException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ApplicationDoesNotExistException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ApplicationDoesNotExistException.prototype);
  }
};
var ApplicationLimitExceededException = class _ApplicationLimitExceededException extends CodeDeployServiceException {
  name = "ApplicationLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ApplicationLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ApplicationLimitExceededException.prototype);
  }
};
var ApplicationNameRequiredException = class _ApplicationNameRequiredException extends CodeDeployServiceException {
  name = "ApplicationNameRequiredException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ApplicationNameRequiredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ApplicationNameRequiredException.prototype);
  }
};
var ArnNotSupportedException = class _ArnNotSupportedException extends CodeDeployServiceException {
  name = "ArnNotSupportedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ArnNotSupportedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ArnNotSupportedException.prototype);
  }
};
var BatchLimitExceededException = class _BatchLimitExceededException extends CodeDeployServiceException {
  name = "BatchLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "BatchLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BatchLimitExceededException.prototype);
  }
};
var InvalidApplicationNameException = class _InvalidApplicationNameException extends CodeDeployServiceException {
  name = "InvalidApplicationNameException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidApplicationNameException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidApplicationNameException.prototype);
  }
};
var InvalidRevisionException = class _InvalidRevisionException extends CodeDeployServiceException {
  name = "InvalidRevisionException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidRevisionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidRevisionException.prototype);
  }
};
var RevisionRequiredException = class _RevisionRequiredException extends CodeDeployServiceException {
  name = "RevisionRequiredException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "RevisionRequiredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RevisionRequiredException.prototype);
  }
};
var DeploymentConfigDoesNotExistException = class _DeploymentConfigDoesNotExistException extends CodeDeployServiceException {
  name = "DeploymentConfigDoesNotExistException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DeploymentConfigDoesNotExistException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DeploymentConfigDoesNotExistException.prototype);
  }
};
var DeploymentGroupNameRequiredException = class _DeploymentGroupNameRequiredException extends CodeDeployServiceException {
  name = "DeploymentGroupNameRequiredException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DeploymentGroupNameRequiredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DeploymentGroupNameRequiredException.prototype);
  }
};
var InvalidDeploymentGroupNameException = class _InvalidDeploymentGroupNameException extends CodeDeployServiceException {
  name = "InvalidDeploymentGroupNameException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDeploymentGroupNameException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDeploymentGroupNameException.prototype);
  }
};
var DeploymentDoesNotExistException = class _DeploymentDoesNotExistException extends CodeDeployServiceException {
  name = "DeploymentDoesNotExistException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DeploymentDoesNotExistException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DeploymentDoesNotExistException.prototype);
  }
};
var DeploymentIdRequiredException = class _DeploymentIdRequiredException extends CodeDeployServiceException {
  name = "DeploymentIdRequiredException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DeploymentIdRequiredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DeploymentIdRequiredException.prototype);
  }
};
var InstanceIdRequiredException = class _InstanceIdRequiredException extends CodeDeployServiceException {
  name = "InstanceIdRequiredException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InstanceIdRequiredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InstanceIdRequiredException.prototype);
  }
};
var InvalidComputePlatformException = class _InvalidComputePlatformException extends CodeDeployServiceException {
  name = "InvalidComputePlatformException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidComputePlatformException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidComputePlatformException.prototype);
  }
};
var InvalidDeploymentIdException = class _InvalidDeploymentIdException extends CodeDeployServiceException {
  name = "InvalidDeploymentIdException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDeploymentIdException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDeploymentIdException.prototype);
  }
};
var DeploymentNotStartedException = class _DeploymentNotStartedException extends CodeDeployServiceException {
  name = "DeploymentNotStartedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DeploymentNotStartedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DeploymentNotStartedException.prototype);
  }
};
var DeploymentTargetDoesNotExistException = class _DeploymentTargetDoesNotExistException extends CodeDeployServiceException {
  name = "DeploymentTargetDoesNotExistException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DeploymentTargetDoesNotExistException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DeploymentTargetDoesNotExistException.prototype);
  }
};
var DeploymentTargetIdRequiredException = class _DeploymentTargetIdRequiredException extends CodeDeployServiceException {
  name = "DeploymentTargetIdRequiredException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DeploymentTargetIdRequiredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DeploymentTargetIdRequiredException.prototype);
  }
};
var DeploymentTargetListSizeExceededException = class _DeploymentTargetListSizeExceededException extends CodeDeployServiceException {
  name = "DeploymentTargetListSizeExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DeploymentTargetListSizeExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DeploymentTargetListSizeExceededException.prototype);
  }
};
var InstanceDoesNotExistException = class _InstanceDoesNotExistException extends CodeDeployServiceException {
  name = "InstanceDoesNotExistException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InstanceDoesNotExistException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InstanceDoesNotExistException.prototype);
  }
};
var InvalidDeploymentTargetIdException = class _InvalidDeploymentTargetIdException extends CodeDeployServiceException {
  name = "InvalidDeploymentTargetIdException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDeploymentTargetIdException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDeploymentTargetIdException.prototype);
  }
};
var BucketNameFilterRequiredException = class _BucketNameFilterRequiredException extends CodeDeployServiceException {
  name = "BucketNameFilterRequiredException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "BucketNameFilterRequiredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BucketNameFilterRequiredException.prototype);
  }
};
var DeploymentAlreadyCompletedException = class _DeploymentAlreadyCompletedException extends CodeDeployServiceException {
  name = "DeploymentAlreadyCompletedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DeploymentAlreadyCompletedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DeploymentAlreadyCompletedException.prototype);
  }
};
var DeploymentIsNotInReadyStateException = class _DeploymentIsNotInReadyStateException extends CodeDeployServiceException {
  name = "DeploymentIsNotInReadyStateException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DeploymentIsNotInReadyStateException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DeploymentIsNotInReadyStateException.prototype);
  }
};
var InvalidDeploymentStatusException = class _InvalidDeploymentStatusException extends CodeDeployServiceException {
  name = "InvalidDeploymentStatusException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDeploymentStatusException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDeploymentStatusException.prototype);
  }
};
var InvalidDeploymentWaitTypeException = class _InvalidDeploymentWaitTypeException extends CodeDeployServiceException {
  name = "InvalidDeploymentWaitTypeException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDeploymentWaitTypeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDeploymentWaitTypeException.prototype);
  }
};
var UnsupportedActionForDeploymentTypeException = class _UnsupportedActionForDeploymentTypeException extends CodeDeployServiceException {
  name = "UnsupportedActionForDeploymentTypeException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnsupportedActionForDeploymentTypeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedActionForDeploymentTypeException.prototype);
  }
};
var InvalidTagsToAddException = class _InvalidTagsToAddException extends CodeDeployServiceException {
  name = "InvalidTagsToAddException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidTagsToAddException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTagsToAddException.prototype);
  }
};
var ThrottlingException = class _ThrottlingException extends CodeDeployServiceException {
  name = "ThrottlingException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ThrottlingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ThrottlingException.prototype);
  }
};
var DeploymentGroupDoesNotExistException = class _DeploymentGroupDoesNotExistException extends CodeDeployServiceException {
  name = "DeploymentGroupDoesNotExistException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DeploymentGroupDoesNotExistException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DeploymentGroupDoesNotExistException.prototype);
  }
};
var DeploymentLimitExceededException = class _DeploymentLimitExceededException extends CodeDeployServiceException {
  name = "DeploymentLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DeploymentLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DeploymentLimitExceededException.prototype);
  }
};
var DescriptionTooLongException = class _DescriptionTooLongException extends CodeDeployServiceException {
  name = "DescriptionTooLongException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DescriptionTooLongException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DescriptionTooLongException.prototype);
  }
};
var InvalidAlarmConfigException = class _InvalidAlarmConfigException extends CodeDeployServiceException {
  name = "InvalidAlarmConfigException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidAlarmConfigException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAlarmConfigException.prototype);
  }
};
var InvalidAutoRollbackConfigException = class _InvalidAutoRollbackConfigException extends CodeDeployServiceException {
  name = "InvalidAutoRollbackConfigException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidAutoRollbackConfigException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAutoRollbackConfigException.prototype);
  }
};
var InvalidAutoScalingGroupException = class _InvalidAutoScalingGroupException extends CodeDeployServiceException {
  name = "InvalidAutoScalingGroupException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidAutoScalingGroupException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAutoScalingGroupException.prototype);
  }
};
var InvalidDeploymentConfigNameException = class _InvalidDeploymentConfigNameException extends CodeDeployServiceException {
  name = "InvalidDeploymentConfigNameException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDeploymentConfigNameException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDeploymentConfigNameException.prototype);
  }
};
var InvalidECSServiceException = class _InvalidECSServiceException extends CodeDeployServiceException {
  name = "InvalidECSServiceException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidECSServiceException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidECSServiceException.prototype);
  }
};
var InvalidFileExistsBehaviorException = class _InvalidFileExistsBehaviorException extends CodeDeployServiceException {
  name = "InvalidFileExistsBehaviorException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidFileExistsBehaviorException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidFileExistsBehaviorException.prototype);
  }
};
var InvalidGitHubAccountTokenException = class _InvalidGitHubAccountTokenException extends CodeDeployServiceException {
  name = "InvalidGitHubAccountTokenException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidGitHubAccountTokenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidGitHubAccountTokenException.prototype);
  }
};
var InvalidIgnoreApplicationStopFailuresValueException = class _InvalidIgnoreApplicationStopFailuresValueException extends CodeDeployServiceException {
  name = "InvalidIgnoreApplicationStopFailuresValueException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidIgnoreApplicationStopFailuresValueException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidIgnoreApplicationStopFailuresValueException.prototype);
  }
};
var InvalidInputException = class _InvalidInputException extends CodeDeployServiceException {
  name = "InvalidInputException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidInputException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidInputException.prototype);
  }
};
var InvalidLoadBalancerInfoException = class _InvalidLoadBalancerInfoException extends CodeDeployServiceException {
  name = "InvalidLoadBalancerInfoException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidLoadBalancerInfoException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidLoadBalancerInfoException.prototype);
  }
};
var InvalidRoleException = class _InvalidRoleException extends CodeDeployServiceException {
  name = "InvalidRoleException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidRoleException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidRoleException.prototype);
  }
};
var InvalidTargetInstancesException = class _InvalidTargetInstancesException extends CodeDeployServiceException {
  name = "InvalidTargetInstancesException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidTargetInstancesException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTargetInstancesException.prototype);
  }
};
var InvalidTrafficRoutingConfigurationException = class _InvalidTrafficRoutingConfigurationException extends CodeDeployServiceException {
  name = "InvalidTrafficRoutingConfigurationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidTrafficRoutingConfigurationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTrafficRoutingConfigurationException.prototype);
  }
};
var InvalidUpdateOutdatedInstancesOnlyValueException = class _InvalidUpdateOutdatedInstancesOnlyValueException extends CodeDeployServiceException {
  name = "InvalidUpdateOutdatedInstancesOnlyValueException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidUpdateOutdatedInstancesOnlyValueException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidUpdateOutdatedInstancesOnlyValueException.prototype);
  }
};
var RevisionDoesNotExistException = class _RevisionDoesNotExistException extends CodeDeployServiceException {
  name = "RevisionDoesNotExistException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "RevisionDoesNotExistException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RevisionDoesNotExistException.prototype);
  }
};
var DeploymentConfigAlreadyExistsException = class _DeploymentConfigAlreadyExistsException extends CodeDeployServiceException {
  name = "DeploymentConfigAlreadyExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DeploymentConfigAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DeploymentConfigAlreadyExistsException.prototype);
  }
};
var DeploymentConfigLimitExceededException = class _DeploymentConfigLimitExceededException extends CodeDeployServiceException {
  name = "DeploymentConfigLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DeploymentConfigLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DeploymentConfigLimitExceededException.prototype);
  }
};
var DeploymentConfigNameRequiredException = class _DeploymentConfigNameRequiredException extends CodeDeployServiceException {
  name = "DeploymentConfigNameRequiredException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DeploymentConfigNameRequiredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DeploymentConfigNameRequiredException.prototype);
  }
};
var InvalidMinimumHealthyHostValueException = class _InvalidMinimumHealthyHostValueException extends CodeDeployServiceException {
  name = "InvalidMinimumHealthyHostValueException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidMinimumHealthyHostValueException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidMinimumHealthyHostValueException.prototype);
  }
};
var InvalidZonalDeploymentConfigurationException = class _InvalidZonalDeploymentConfigurationException extends CodeDeployServiceException {
  name = "InvalidZonalDeploymentConfigurationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidZonalDeploymentConfigurationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidZonalDeploymentConfigurationException.prototype);
  }
};
var DeploymentGroupAlreadyExistsException = class _DeploymentGroupAlreadyExistsException extends CodeDeployServiceException {
  name = "DeploymentGroupAlreadyExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DeploymentGroupAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DeploymentGroupAlreadyExistsException.prototype);
  }
};
var DeploymentGroupLimitExceededException = class _DeploymentGroupLimitExceededException extends CodeDeployServiceException {
  name = "DeploymentGroupLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DeploymentGroupLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DeploymentGroupLimitExceededException.prototype);
  }
};
var ECSServiceMappingLimitExceededException = class _ECSServiceMappingLimitExceededException extends CodeDeployServiceException {
  name = "ECSServiceMappingLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ECSServiceMappingLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ECSServiceMappingLimitExceededException.prototype);
  }
};
var InvalidBlueGreenDeploymentConfigurationException = class _InvalidBlueGreenDeploymentConfigurationException extends CodeDeployServiceException {
  name = "InvalidBlueGreenDeploymentConfigurationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidBlueGreenDeploymentConfigurationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidBlueGreenDeploymentConfigurationException.prototype);
  }
};
var InvalidDeploymentStyleException = class _InvalidDeploymentStyleException extends CodeDeployServiceException {
  name = "InvalidDeploymentStyleException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDeploymentStyleException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDeploymentStyleException.prototype);
  }
};
var InvalidEC2TagCombinationException = class _InvalidEC2TagCombinationException extends CodeDeployServiceException {
  name = "InvalidEC2TagCombinationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidEC2TagCombinationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidEC2TagCombinationException.prototype);
  }
};
var InvalidEC2TagException = class _InvalidEC2TagException extends CodeDeployServiceException {
  name = "InvalidEC2TagException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidEC2TagException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidEC2TagException.prototype);
  }
};
var InvalidOnPremisesTagCombinationException = class _InvalidOnPremisesTagCombinationException extends CodeDeployServiceException {
  name = "InvalidOnPremisesTagCombinationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidOnPremisesTagCombinationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidOnPremisesTagCombinationException.prototype);
  }
};
var InvalidTargetGroupPairException = class _InvalidTargetGroupPairException extends CodeDeployServiceException {
  name = "InvalidTargetGroupPairException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidTargetGroupPairException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTargetGroupPairException.prototype);
  }
};
var InvalidTriggerConfigException = class _InvalidTriggerConfigException extends CodeDeployServiceException {
  name = "InvalidTriggerConfigException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidTriggerConfigException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTriggerConfigException.prototype);
  }
};
var LifecycleHookLimitExceededException = class _LifecycleHookLimitExceededException extends CodeDeployServiceException {
  name = "LifecycleHookLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LifecycleHookLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LifecycleHookLimitExceededException.prototype);
  }
};
var RoleRequiredException = class _RoleRequiredException extends CodeDeployServiceException {
  name = "RoleRequiredException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "RoleRequiredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RoleRequiredException.prototype);
  }
};
var TagSetListLimitExceededException = class _TagSetListLimitExceededException extends CodeDeployServiceException {
  name = "TagSetListLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TagSetListLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TagSetListLimitExceededException.prototype);
  }
};
var TriggerTargetsLimitExceededException = class _TriggerTargetsLimitExceededException extends CodeDeployServiceException {
  name = "TriggerTargetsLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TriggerTargetsLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TriggerTargetsLimitExceededException.prototype);
  }
};
var DeploymentConfigInUseException = class _DeploymentConfigInUseException extends CodeDeployServiceException {
  name = "DeploymentConfigInUseException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DeploymentConfigInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DeploymentConfigInUseException.prototype);
  }
};
var InvalidOperationException = class _InvalidOperationException extends CodeDeployServiceException {
  name = "InvalidOperationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidOperationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidOperationException.prototype);
  }
};
var GitHubAccountTokenDoesNotExistException = class _GitHubAccountTokenDoesNotExistException extends CodeDeployServiceException {
  name = "GitHubAccountTokenDoesNotExistException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "GitHubAccountTokenDoesNotExistException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _GitHubAccountTokenDoesNotExistException.prototype);
  }
};
var GitHubAccountTokenNameRequiredException = class _GitHubAccountTokenNameRequiredException extends CodeDeployServiceException {
  name = "GitHubAccountTokenNameRequiredException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "GitHubAccountTokenNameRequiredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _GitHubAccountTokenNameRequiredException.prototype);
  }
};
var InvalidGitHubAccountTokenNameException = class _InvalidGitHubAccountTokenNameException extends CodeDeployServiceException {
  name = "InvalidGitHubAccountTokenNameException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidGitHubAccountTokenNameException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidGitHubAccountTokenNameException.prototype);
  }
};
var OperationNotSupportedException = class _OperationNotSupportedException extends CodeDeployServiceException {
  name = "OperationNotSupportedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OperationNotSupportedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OperationNotSupportedException.prototype);
  }
};
var ResourceValidationException = class _ResourceValidationException extends CodeDeployServiceException {
  name = "ResourceValidationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceValidationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceValidationException.prototype);
  }
};
var InvalidBucketNameFilterException = class _InvalidBucketNameFilterException extends CodeDeployServiceException {
  name = "InvalidBucketNameFilterException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidBucketNameFilterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidBucketNameFilterException.prototype);
  }
};
var InvalidDeployedStateFilterException = class _InvalidDeployedStateFilterException extends CodeDeployServiceException {
  name = "InvalidDeployedStateFilterException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDeployedStateFilterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDeployedStateFilterException.prototype);
  }
};
var InvalidKeyPrefixFilterException = class _InvalidKeyPrefixFilterException extends CodeDeployServiceException {
  name = "InvalidKeyPrefixFilterException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidKeyPrefixFilterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidKeyPrefixFilterException.prototype);
  }
};
var InvalidNextTokenException = class _InvalidNextTokenException extends CodeDeployServiceException {
  name = "InvalidNextTokenException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidNextTokenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidNextTokenException.prototype);
  }
};
var InvalidSortByException = class _InvalidSortByException extends CodeDeployServiceException {
  name = "InvalidSortByException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidSortByException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSortByException.prototype);
  }
};
var InvalidSortOrderException = class _InvalidSortOrderException extends CodeDeployServiceException {
  name = "InvalidSortOrderException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidSortOrderException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSortOrderException.prototype);
  }
};
var InvalidDeploymentInstanceTypeException = class _InvalidDeploymentInstanceTypeException extends CodeDeployServiceException {
  name = "InvalidDeploymentInstanceTypeException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDeploymentInstanceTypeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDeploymentInstanceTypeException.prototype);
  }
};
var InvalidInstanceStatusException = class _InvalidInstanceStatusException extends CodeDeployServiceException {
  name = "InvalidInstanceStatusException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidInstanceStatusException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidInstanceStatusException.prototype);
  }
};
var InvalidInstanceTypeException = class _InvalidInstanceTypeException extends CodeDeployServiceException {
  name = "InvalidInstanceTypeException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidInstanceTypeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidInstanceTypeException.prototype);
  }
};
var InvalidTargetFilterNameException = class _InvalidTargetFilterNameException extends CodeDeployServiceException {
  name = "InvalidTargetFilterNameException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidTargetFilterNameException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTargetFilterNameException.prototype);
  }
};
var InvalidExternalIdException = class _InvalidExternalIdException extends CodeDeployServiceException {
  name = "InvalidExternalIdException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidExternalIdException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidExternalIdException.prototype);
  }
};
var InvalidTimeRangeException = class _InvalidTimeRangeException extends CodeDeployServiceException {
  name = "InvalidTimeRangeException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidTimeRangeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTimeRangeException.prototype);
  }
};
var InvalidRegistrationStatusException = class _InvalidRegistrationStatusException extends CodeDeployServiceException {
  name = "InvalidRegistrationStatusException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidRegistrationStatusException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidRegistrationStatusException.prototype);
  }
};
var InvalidTagFilterException = class _InvalidTagFilterException extends CodeDeployServiceException {
  name = "InvalidTagFilterException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidTagFilterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTagFilterException.prototype);
  }
};
var InvalidArnException = class _InvalidArnException extends CodeDeployServiceException {
  name = "InvalidArnException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidArnException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidArnException.prototype);
  }
};
var ResourceArnRequiredException = class _ResourceArnRequiredException extends CodeDeployServiceException {
  name = "ResourceArnRequiredException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceArnRequiredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceArnRequiredException.prototype);
  }
};
var InvalidLifecycleEventHookExecutionIdException = class _InvalidLifecycleEventHookExecutionIdException extends CodeDeployServiceException {
  name = "InvalidLifecycleEventHookExecutionIdException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidLifecycleEventHookExecutionIdException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidLifecycleEventHookExecutionIdException.prototype);
  }
};
var InvalidLifecycleEventHookExecutionStatusException = class _InvalidLifecycleEventHookExecutionStatusException extends CodeDeployServiceException {
  name = "InvalidLifecycleEventHookExecutionStatusException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidLifecycleEventHookExecutionStatusException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidLifecycleEventHookExecutionStatusException.prototype);
  }
};
var LifecycleEventAlreadyCompletedException = class _LifecycleEventAlreadyCompletedException extends CodeDeployServiceException {
  name = "LifecycleEventAlreadyCompletedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LifecycleEventAlreadyCompletedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LifecycleEventAlreadyCompletedException.prototype);
  }
};
var IamArnRequiredException = class _IamArnRequiredException extends CodeDeployServiceException {
  name = "IamArnRequiredException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IamArnRequiredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IamArnRequiredException.prototype);
  }
};
var IamSessionArnAlreadyRegisteredException = class _IamSessionArnAlreadyRegisteredException extends CodeDeployServiceException {
  name = "IamSessionArnAlreadyRegisteredException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IamSessionArnAlreadyRegisteredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IamSessionArnAlreadyRegisteredException.prototype);
  }
};
var IamUserArnAlreadyRegisteredException = class _IamUserArnAlreadyRegisteredException extends CodeDeployServiceException {
  name = "IamUserArnAlreadyRegisteredException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IamUserArnAlreadyRegisteredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IamUserArnAlreadyRegisteredException.prototype);
  }
};
var IamUserArnRequiredException = class _IamUserArnRequiredException extends CodeDeployServiceException {
  name = "IamUserArnRequiredException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IamUserArnRequiredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IamUserArnRequiredException.prototype);
  }
};
var InstanceNameAlreadyRegisteredException = class _InstanceNameAlreadyRegisteredException extends CodeDeployServiceException {
  name = "InstanceNameAlreadyRegisteredException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InstanceNameAlreadyRegisteredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InstanceNameAlreadyRegisteredException.prototype);
  }
};
var InvalidIamSessionArnException = class _InvalidIamSessionArnException extends CodeDeployServiceException {
  name = "InvalidIamSessionArnException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidIamSessionArnException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidIamSessionArnException.prototype);
  }
};
var InvalidIamUserArnException = class _InvalidIamUserArnException extends CodeDeployServiceException {
  name = "InvalidIamUserArnException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidIamUserArnException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidIamUserArnException.prototype);
  }
};
var MultipleIamArnsProvidedException = class _MultipleIamArnsProvidedException extends CodeDeployServiceException {
  name = "MultipleIamArnsProvidedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MultipleIamArnsProvidedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MultipleIamArnsProvidedException.prototype);
  }
};

// node_modules/@aws-sdk/client-codedeploy/dist-es/schemas/schemas_0.js
var _A = "Alarm";
var _AAEE = "ApplicationAlreadyExistsException";
var _AC = "AlarmConfiguration";
var _ADNEE = "ApplicationDoesNotExistException";
var _AL = "AlarmList";
var _ALEE = "AlarmsLimitExceededException";
var _ALEEp = "ApplicationLimitExceededException";
var _ANRE = "ApplicationNameRequiredException";
var _ANSE = "ArnNotSupportedException";
var _ARC = "AutoRollbackConfiguration";
var _ASC = "AppSpecContent";
var _ATTOPII = "AddTagsToOnPremisesInstancesInput";
var _BGAI = "BatchGetApplicationsInput";
var _BGDC = "BlueGreenDeploymentConfiguration";
var _BGDGI = "BatchGetDeploymentGroupsInput";
var _BGDI = "BatchGetDeploymentsInput";
var _BGDII = "BatchGetDeploymentInstancesInput";
var _BGDTI = "BatchGetDeploymentTargetsInput";
var _BGOPII = "BatchGetOnPremisesInstancesInput";
var _BITO = "BlueInstanceTerminationOption";
var _BLEE = "BatchLimitExceededException";
var _BNFRE = "BucketNameFilterRequiredException";
var _CDGI = "CreateDeploymentGroupInput";
var _CFT = "CloudFormationTarget";
var _D = "Diagnostics";
var _DACE = "DeploymentAlreadyCompletedException";
var _DCAEE = "DeploymentConfigAlreadyExistsException";
var _DCDNEE = "DeploymentConfigDoesNotExistException";
var _DCIUE = "DeploymentConfigInUseException";
var _DCLEE = "DeploymentConfigLimitExceededException";
var _DCNRE = "DeploymentConfigNameRequiredException";
var _DDNEE = "DeploymentDoesNotExistException";
var _DGAEE = "DeploymentGroupAlreadyExistsException";
var _DGDNEE = "DeploymentGroupDoesNotExistException";
var _DGLEE = "DeploymentGroupLimitExceededException";
var _DGNRE = "DeploymentGroupNameRequiredException";
var _DI = "DeploymentInfo";
var _DINIRSE = "DeploymentIsNotInReadyStateException";
var _DIRE = "DeploymentIdRequiredException";
var _DLEE = "DeploymentLimitExceededException";
var _DNSE = "DeploymentNotStartedException";
var _DO = "DeploymentOverview";
var _DRO = "DeploymentReadyOption";
var _DS = "DeploymentStyle";
var _DT = "DeploymentTarget";
var _DTDNEE = "DeploymentTargetDoesNotExistException";
var _DTIRE = "DeploymentTargetIdRequiredException";
var _DTLE = "DescriptionTooLongException";
var _DTLSEE = "DeploymentTargetListSizeExceededException";
var _ECSS = "ECSService";
var _ECSSL = "ECSServiceList";
var _ECSSMLEE = "ECSServiceMappingLimitExceededException";
var _ECST = "ECSTarget";
var _ECSTS = "ECSTaskSet";
var _ECSTSL = "ECSTaskSetList";
var _ECTF = "EC2TagFilter";
var _ECTFL = "EC2TagFilterList";
var _ECTS = "EC2TagSet";
var _ECTSL = "EC2TagSetList";
var _EI = "ErrorInformation";
var _ELBI = "ELBInfo";
var _ELBIL = "ELBInfoList";
var _F = "Failed";
var _GD = "GetDeployment";
var _GDI = "GetDeploymentInput";
var _GDO = "GetDeploymentOutput";
var _GDT = "GetDeploymentTarget";
var _GDTI = "GetDeploymentTargetInput";
var _GDTO = "GetDeploymentTargetOutput";
var _GFPO = "GreenFleetProvisioningOption";
var _GHATDNEE = "GitHubAccountTokenDoesNotExistException";
var _GHATNRE = "GitHubAccountTokenNameRequiredException";
var _GHL = "GitHubLocation";
var _GRI = "GenericRevisionInfo";
var _IACE = "InvalidAlarmConfigException";
var _IAE = "InvalidArnException";
var _IANE = "InvalidApplicationNameException";
var _IARCE = "InvalidAutoRollbackConfigException";
var _IARE = "IamArnRequiredException";
var _IASGE = "InvalidAutoScalingGroupException";
var _IBGDCE = "InvalidBlueGreenDeploymentConfigurationException";
var _IBNFE = "InvalidBucketNameFilterException";
var _ICPE = "InvalidComputePlatformException";
var _IDCNE = "InvalidDeploymentConfigNameException";
var _IDGNE = "InvalidDeploymentGroupNameException";
var _IDIE = "InvalidDeploymentIdException";
var _IDITE = "InvalidDeploymentInstanceTypeException";
var _IDNEE = "InstanceDoesNotExistException";
var _IDSE = "InvalidDeploymentStatusException";
var _IDSEn = "InvalidDeploymentStyleException";
var _IDSFE = "InvalidDeployedStateFilterException";
var _IDTIE = "InvalidDeploymentTargetIdException";
var _IDWTE = "InvalidDeploymentWaitTypeException";
var _IECSSE = "InvalidECSServiceException";
var _IECTCE = "InvalidEC2TagCombinationException";
var _IECTE = "InvalidEC2TagException";
var _IEIE = "InvalidExternalIdException";
var _IFEBE = "InvalidFileExistsBehaviorException";
var _IGHATE = "InvalidGitHubAccountTokenException";
var _IGHATNE = "InvalidGitHubAccountTokenNameException";
var _IIASFVE = "InvalidIgnoreApplicationStopFailuresValueException";
var _IIE = "InvalidInputException";
var _IINE = "InvalidInstanceNameException";
var _IIRE = "InstanceIdRequiredException";
var _IISAE = "InvalidIamSessionArnException";
var _IISE = "InvalidInstanceStatusException";
var _IITE = "InvalidInstanceTypeException";
var _IIUAE = "InvalidIamUserArnException";
var _IKPFE = "InvalidKeyPrefixFilterException";
var _ILBIE = "InvalidLoadBalancerInfoException";
var _ILEE = "InstanceLimitExceededException";
var _ILEHEIE = "InvalidLifecycleEventHookExecutionIdException";
var _ILEHESE = "InvalidLifecycleEventHookExecutionStatusException";
var _IMHHVE = "InvalidMinimumHealthyHostValueException";
var _INARE = "InstanceNameAlreadyRegisteredException";
var _INRE = "InstanceNameRequiredException";
var _INREn = "InstanceNotRegisteredException";
var _INTE = "InvalidNextTokenException";
var _IOE = "InvalidOperationException";
var _IOPTCE = "InvalidOnPremisesTagCombinationException";
var _IP = "InProgress";
var _IRE = "InvalidRevisionException";
var _IREn = "InvalidRoleException";
var _IRSE = "InvalidRegistrationStatusException";
var _ISAARE = "IamSessionArnAlreadyRegisteredException";
var _ISBE = "InvalidSortByException";
var _ISOE = "InvalidSortOrderException";
var _IT = "InstanceTarget";
var _ITCE = "InvalidTriggerConfigException";
var _ITE = "InvalidTagException";
var _ITFE = "InvalidTagFilterException";
var _ITFNE = "InvalidTargetFilterNameException";
var _ITGPE = "InvalidTargetGroupPairException";
var _ITIE = "InvalidTargetInstancesException";
var _ITRCE = "InvalidTrafficRoutingConfigurationException";
var _ITRE = "InvalidTimeRangeException";
var _ITTAE = "InvalidTagsToAddException";
var _IUAARE = "IamUserArnAlreadyRegisteredException";
var _IUARE = "IamUserArnRequiredException";
var _IUOIOVE = "InvalidUpdateOutdatedInstancesOnlyValueException";
var _IZDCE = "InvalidZonalDeploymentConfigurationException";
var _K = "Key";
var _LAO = "ListApplicationsOutput";
var _LBI = "LoadBalancerInfo";
var _LD = "ListDeployments";
var _LDCO = "ListDeploymentConfigsOutput";
var _LDGO = "ListDeploymentGroupsOutput";
var _LDII = "ListDeploymentInstancesInput";
var _LDIO = "ListDeploymentInstancesOutput";
var _LDIi = "ListDeploymentsInput";
var _LDO = "ListDeploymentsOutput";
var _LDTI = "ListDeploymentTargetsInput";
var _LDTO = "ListDeploymentTargetsOutput";
var _LE = "LifecycleEvent";
var _LEACE = "LifecycleEventAlreadyCompletedException";
var _LEL = "LifecycleEventList";
var _LFI = "LambdaFunctionInfo";
var _LGHATNO = "ListGitHubAccountTokenNamesOutput";
var _LHLEE = "LifecycleHookLimitExceededException";
var _LOPIO = "ListOnPremisesInstancesOutput";
var _LT = "LambdaTarget";
var _MIAPE = "MultipleIamArnsProvidedException";
var _ONSE = "OperationNotSupportedException";
var _OPTS = "OnPremisesTagSet";
var _OPTSL = "OnPremisesTagSetList";
var _P = "Pending";
var _R = "Ready";
var _RA = "ResourceArn";
var _RARE = "ResourceArnRequiredException";
var _RD = "RelatedDeployments";
var _RDNEE = "RevisionDoesNotExistException";
var _RIo = "RollbackInfo";
var _RL = "RevisionLocation";
var _RRE = "RevisionRequiredException";
var _RREo = "RoleRequiredException";
var _RS = "RawString";
var _RTFOPII = "RemoveTagsFromOnPremisesInstancesInput";
var _RVE = "ResourceValidationException";
var _S = "Succeeded";
var _SL = "S3Location";
var _Sk = "Skipped";
var _T = "Type";
var _TC = "TriggerConfig";
var _TCL = "TriggerConfigList";
var _TE = "ThrottlingException";
var _TF = "TargetFilters";
var _TFL = "TagFilterList";
var _TFa = "TagFilter";
var _TGI = "TargetGroupInfo";
var _TGIL = "TargetGroupInfoList";
var _TGPI = "TargetGroupPairInfo";
var _TGPIL = "TargetGroupPairInfoList";
var _TI = "TargetInstances";
var _TK = "TagKeys";
var _TL = "TagList";
var _TLEE = "TagLimitExceededException";
var _TR = "TimeRange";
var _TRE = "TagRequiredException";
var _TRr = "TrafficRoute";
var _TSLLEE = "TagSetListLimitExceededException";
var _TTLEE = "TriggerTargetsLimitExceededException";
var _Tag = "Tag";
var _UAFDTE = "UnsupportedActionForDeploymentTypeException";
var _UDGI = "UpdateDeploymentGroupInput";
var _URI = "UntagResourceInput";
var _V = "Value";
var _a = "alarms";
var _aC = "alarmConfiguration";
var _aDSI = "additionalDeploymentStatusInfo";
var _aN = "applicationName";
var _aNp = "applicationNames";
var _aOT = "actionOnTimeout";
var _aRC = "autoRollbackConfiguration";
var _aSC = "appSpecContent";
var _aSG = "autoScalingGroups";
var _aUOIDI = "autoUpdateOutdatedInstancesDeploymentIds";
var _aUOIRDI = "autoUpdateOutdatedInstancesRootDeploymentId";
var _ac = "action";
var _app = "applications";
var _b = "bucket";
var _bGDC = "blueGreenDeploymentConfiguration";
var _bT = "bundleType";
var _c = "client";
var _cDGN = "currentDeploymentGroupName";
var _cFT = "cloudFormationTarget";
var _cI = "commitId";
var _cN = "clusterName";
var _cP = "computePlatform";
var _cT = "createTime";
var _cTR = "createTimeRange";
var _cTo = "completeTime";
var _cV = "currentVersion";
var _co = "content";
var _cod = "code";
var _cr = "creator";
var _d = "description";
var _dC = "desiredCount";
var _dCL = "deploymentConfigsList";
var _dCN = "deploymentConfigName";
var _dG = "deploymentGroups";
var _dGN = "deploymentGroupNames";
var _dGNe = "deploymentGroupName";
var _dI = "deploymentId";
var _dIe = "deploymentIds";
var _dIepl = "deploymentInfo";
var _dM = "deploymentMode";
var _dO = "deploymentOverview";
var _dOe = "deploymentOption";
var _dRO = "deploymentReadyOption";
var _dS = "deploymentStyle";
var _dSM = "deploymentStatusMessages";
var _dTT = "deploymentTargetType";
var _dTe = "deploymentType";
var _dTep = "deploymentTarget";
var _dep = "deployments";
var _di = "diagnostics";
var _eC = "errorCode";
var _eI = "externalId";
var _eIL = "elbInfoList";
var _eIr = "errorInformation";
var _eS = "ecsServices";
var _eT = "ecsTarget";
var _eTF = "ec2TagFilters";
var _eTS = "ec2TagSet";
var _eTSL = "ec2TagSetList";
var _eTa = "eTag";
var _eTn = "endTime";
var _en = "enabled";
var _end = "end";
var _ev = "events";
var _fA = "functionAlias";
var _fEB = "fileExistsBehavior";
var _fN = "functionName";
var _fUT = "firstUsedTime";
var _gFPO = "greenFleetProvisioningOption";
var _gHL = "gitHubLocation";
var _i = "identifer";
var _iASF = "ignoreApplicationStopFailures";
var _iI = "instanceIds";
var _iL = "instanceLabel";
var _iLn = "instancesList";
var _iN = "instanceNames";
var _iOS = "includeOnlyStatuses";
var _iPAF = "ignorePollAlarmFailure";
var _iSF = "instanceStatusFilter";
var _iT = "instanceTarget";
var _iTF = "instanceTypeFilter";
var _iTWTS = "instanceTerminationWaitTimeStarted";
var _k = "key";
var _lA = "listenerArns";
var _lBI = "loadBalancerInfo";
var _lE = "lifecycleEvents";
var _lEN = "lifecycleEventName";
var _lFI = "lambdaFunctionInfo";
var _lT = "lambdaTarget";
var _lTo = "logTail";
var _lUA = "lastUpdatedAt";
var _lUT = "lastUsedTime";
var _m = "message";
var _n = "name";
var _nDGN = "newDeploymentGroupName";
var _nT = "nextToken";
var _oAC = "overrideAlarmConfiguration";
var _oIS = "outdatedInstancesStrategy";
var _oPITF = "onPremisesInstanceTagFilters";
var _oPTS = "onPremisesTagSet";
var _oPTSL = "onPremisesTagSetList";
var _pC = "pendingCount";
var _pR = "previousRevision";
var _pTR = "prodTrafficRoute";
var _rC = "runningCount";
var _rD = "relatedDeployments";
var _rDI = "rollbackDeploymentId";
var _rI = "rollbackInfo";
var _rM = "rollbackMessage";
var _rT = "resourceType";
var _rTDI = "rollbackTriggeringDeploymentId";
var _rTe = "registerTime";
var _rTev = "revisionType";
var _re = "revision";
var _rep = "repository";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.codedeploy";
var _sL = "s3Location";
var _sN = "scriptName";
var _sNe = "serviceName";
var _sRA = "serviceRoleArn";
var _sT = "startTime";
var _sh = "sha256";
var _st = "status";
var _sta = "start";
var _str = "string";
var _t = "tags";
var _tA = "targetArn";
var _tBIODS = "terminateBlueInstancesOnDeploymentSuccess";
var _tC = "triggerConfigurations";
var _tE = "triggerEvents";
var _tF = "targetFilters";
var _tFa = "tagFilters";
var _tG = "targetGroup";
var _tGIL = "targetGroupInfoList";
var _tGPIL = "targetGroupPairInfoList";
var _tGa = "targetGroups";
var _tHE = "terminationHookEnabled";
var _tI = "targetIds";
var _tIa = "targetId";
var _tIar = "targetInstances";
var _tNL = "tokenNameList";
var _tNr = "triggerName";
var _tSI = "taskSetsInfo";
var _tSL = "taskSetLabel";
var _tTA = "triggerTargetArn";
var _tTR = "testTrafficRoute";
var _tV = "targetVersion";
var _tVW = "targetVersionWeight";
var _tW = "trafficWeight";
var _tWTIM = "terminationWaitTimeInMinutes";
var _uOIO = "updateOutdatedInstancesOnly";
var _ve = "version";
var _wTIM = "waitTimeInMinutes";
var n0 = "com.amazonaws.codedeploy";
var _s_registry = TypeRegistry.for(_s);
var CodeDeployServiceException$ = [-3, _s, "CodeDeployServiceException", 0, [], []];
_s_registry.registerError(CodeDeployServiceException$, CodeDeployServiceException);
var n0_registry = TypeRegistry.for(n0);
var AlarmsLimitExceededException$ = [
  -3,
  n0,
  _ALEE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(AlarmsLimitExceededException$, AlarmsLimitExceededException);
var ApplicationAlreadyExistsException$ = [
  -3,
  n0,
  _AAEE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(ApplicationAlreadyExistsException$, ApplicationAlreadyExistsException);
var ApplicationDoesNotExistException$ = [
  -3,
  n0,
  _ADNEE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(ApplicationDoesNotExistException$, ApplicationDoesNotExistException);
var ApplicationLimitExceededException$ = [
  -3,
  n0,
  _ALEEp,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(ApplicationLimitExceededException$, ApplicationLimitExceededException);
var ApplicationNameRequiredException$ = [
  -3,
  n0,
  _ANRE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(ApplicationNameRequiredException$, ApplicationNameRequiredException);
var ArnNotSupportedException$ = [
  -3,
  n0,
  _ANSE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(ArnNotSupportedException$, ArnNotSupportedException);
var BatchLimitExceededException$ = [
  -3,
  n0,
  _BLEE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(BatchLimitExceededException$, BatchLimitExceededException);
var BucketNameFilterRequiredException$ = [
  -3,
  n0,
  _BNFRE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(BucketNameFilterRequiredException$, BucketNameFilterRequiredException);
var DeploymentAlreadyCompletedException$ = [
  -3,
  n0,
  _DACE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(DeploymentAlreadyCompletedException$, DeploymentAlreadyCompletedException);
var DeploymentConfigAlreadyExistsException$ = [
  -3,
  n0,
  _DCAEE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(DeploymentConfigAlreadyExistsException$, DeploymentConfigAlreadyExistsException);
var DeploymentConfigDoesNotExistException$ = [
  -3,
  n0,
  _DCDNEE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(DeploymentConfigDoesNotExistException$, DeploymentConfigDoesNotExistException);
var DeploymentConfigInUseException$ = [
  -3,
  n0,
  _DCIUE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(DeploymentConfigInUseException$, DeploymentConfigInUseException);
var DeploymentConfigLimitExceededException$ = [
  -3,
  n0,
  _DCLEE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(DeploymentConfigLimitExceededException$, DeploymentConfigLimitExceededException);
var DeploymentConfigNameRequiredException$ = [
  -3,
  n0,
  _DCNRE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(DeploymentConfigNameRequiredException$, DeploymentConfigNameRequiredException);
var DeploymentDoesNotExistException$ = [
  -3,
  n0,
  _DDNEE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(DeploymentDoesNotExistException$, DeploymentDoesNotExistException);
var DeploymentGroupAlreadyExistsException$ = [
  -3,
  n0,
  _DGAEE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(DeploymentGroupAlreadyExistsException$, DeploymentGroupAlreadyExistsException);
var DeploymentGroupDoesNotExistException$ = [
  -3,
  n0,
  _DGDNEE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(DeploymentGroupDoesNotExistException$, DeploymentGroupDoesNotExistException);
var DeploymentGroupLimitExceededException$ = [
  -3,
  n0,
  _DGLEE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(DeploymentGroupLimitExceededException$, DeploymentGroupLimitExceededException);
var DeploymentGroupNameRequiredException$ = [
  -3,
  n0,
  _DGNRE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(DeploymentGroupNameRequiredException$, DeploymentGroupNameRequiredException);
var DeploymentIdRequiredException$ = [
  -3,
  n0,
  _DIRE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(DeploymentIdRequiredException$, DeploymentIdRequiredException);
var DeploymentIsNotInReadyStateException$ = [
  -3,
  n0,
  _DINIRSE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(DeploymentIsNotInReadyStateException$, DeploymentIsNotInReadyStateException);
var DeploymentLimitExceededException$ = [
  -3,
  n0,
  _DLEE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(DeploymentLimitExceededException$, DeploymentLimitExceededException);
var DeploymentNotStartedException$ = [
  -3,
  n0,
  _DNSE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(DeploymentNotStartedException$, DeploymentNotStartedException);
var DeploymentTargetDoesNotExistException$ = [
  -3,
  n0,
  _DTDNEE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(DeploymentTargetDoesNotExistException$, DeploymentTargetDoesNotExistException);
var DeploymentTargetIdRequiredException$ = [
  -3,
  n0,
  _DTIRE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(DeploymentTargetIdRequiredException$, DeploymentTargetIdRequiredException);
var DeploymentTargetListSizeExceededException$ = [
  -3,
  n0,
  _DTLSEE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(DeploymentTargetListSizeExceededException$, DeploymentTargetListSizeExceededException);
var DescriptionTooLongException$ = [
  -3,
  n0,
  _DTLE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(DescriptionTooLongException$, DescriptionTooLongException);
var ECSServiceMappingLimitExceededException$ = [
  -3,
  n0,
  _ECSSMLEE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(ECSServiceMappingLimitExceededException$, ECSServiceMappingLimitExceededException);
var GitHubAccountTokenDoesNotExistException$ = [
  -3,
  n0,
  _GHATDNEE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(GitHubAccountTokenDoesNotExistException$, GitHubAccountTokenDoesNotExistException);
var GitHubAccountTokenNameRequiredException$ = [
  -3,
  n0,
  _GHATNRE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(GitHubAccountTokenNameRequiredException$, GitHubAccountTokenNameRequiredException);
var IamArnRequiredException$ = [
  -3,
  n0,
  _IARE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(IamArnRequiredException$, IamArnRequiredException);
var IamSessionArnAlreadyRegisteredException$ = [
  -3,
  n0,
  _ISAARE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(IamSessionArnAlreadyRegisteredException$, IamSessionArnAlreadyRegisteredException);
var IamUserArnAlreadyRegisteredException$ = [
  -3,
  n0,
  _IUAARE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(IamUserArnAlreadyRegisteredException$, IamUserArnAlreadyRegisteredException);
var IamUserArnRequiredException$ = [
  -3,
  n0,
  _IUARE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(IamUserArnRequiredException$, IamUserArnRequiredException);
var InstanceDoesNotExistException$ = [
  -3,
  n0,
  _IDNEE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InstanceDoesNotExistException$, InstanceDoesNotExistException);
var InstanceIdRequiredException$ = [
  -3,
  n0,
  _IIRE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InstanceIdRequiredException$, InstanceIdRequiredException);
var InstanceLimitExceededException$ = [
  -3,
  n0,
  _ILEE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InstanceLimitExceededException$, InstanceLimitExceededException);
var InstanceNameAlreadyRegisteredException$ = [
  -3,
  n0,
  _INARE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InstanceNameAlreadyRegisteredException$, InstanceNameAlreadyRegisteredException);
var InstanceNameRequiredException$ = [
  -3,
  n0,
  _INRE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InstanceNameRequiredException$, InstanceNameRequiredException);
var InstanceNotRegisteredException$ = [
  -3,
  n0,
  _INREn,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InstanceNotRegisteredException$, InstanceNotRegisteredException);
var InvalidAlarmConfigException$ = [
  -3,
  n0,
  _IACE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidAlarmConfigException$, InvalidAlarmConfigException);
var InvalidApplicationNameException$ = [
  -3,
  n0,
  _IANE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidApplicationNameException$, InvalidApplicationNameException);
var InvalidArnException$ = [
  -3,
  n0,
  _IAE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidArnException$, InvalidArnException);
var InvalidAutoRollbackConfigException$ = [
  -3,
  n0,
  _IARCE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidAutoRollbackConfigException$, InvalidAutoRollbackConfigException);
var InvalidAutoScalingGroupException$ = [
  -3,
  n0,
  _IASGE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidAutoScalingGroupException$, InvalidAutoScalingGroupException);
var InvalidBlueGreenDeploymentConfigurationException$ = [
  -3,
  n0,
  _IBGDCE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidBlueGreenDeploymentConfigurationException$, InvalidBlueGreenDeploymentConfigurationException);
var InvalidBucketNameFilterException$ = [
  -3,
  n0,
  _IBNFE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidBucketNameFilterException$, InvalidBucketNameFilterException);
var InvalidComputePlatformException$ = [
  -3,
  n0,
  _ICPE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidComputePlatformException$, InvalidComputePlatformException);
var InvalidDeployedStateFilterException$ = [
  -3,
  n0,
  _IDSFE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDeployedStateFilterException$, InvalidDeployedStateFilterException);
var InvalidDeploymentConfigNameException$ = [
  -3,
  n0,
  _IDCNE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDeploymentConfigNameException$, InvalidDeploymentConfigNameException);
var InvalidDeploymentGroupNameException$ = [
  -3,
  n0,
  _IDGNE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDeploymentGroupNameException$, InvalidDeploymentGroupNameException);
var InvalidDeploymentIdException$ = [
  -3,
  n0,
  _IDIE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDeploymentIdException$, InvalidDeploymentIdException);
var InvalidDeploymentInstanceTypeException$ = [
  -3,
  n0,
  _IDITE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDeploymentInstanceTypeException$, InvalidDeploymentInstanceTypeException);
var InvalidDeploymentStatusException$ = [
  -3,
  n0,
  _IDSE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDeploymentStatusException$, InvalidDeploymentStatusException);
var InvalidDeploymentStyleException$ = [
  -3,
  n0,
  _IDSEn,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDeploymentStyleException$, InvalidDeploymentStyleException);
var InvalidDeploymentTargetIdException$ = [
  -3,
  n0,
  _IDTIE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDeploymentTargetIdException$, InvalidDeploymentTargetIdException);
var InvalidDeploymentWaitTypeException$ = [
  -3,
  n0,
  _IDWTE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDeploymentWaitTypeException$, InvalidDeploymentWaitTypeException);
var InvalidEC2TagCombinationException$ = [
  -3,
  n0,
  _IECTCE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidEC2TagCombinationException$, InvalidEC2TagCombinationException);
var InvalidEC2TagException$ = [
  -3,
  n0,
  _IECTE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidEC2TagException$, InvalidEC2TagException);
var InvalidECSServiceException$ = [
  -3,
  n0,
  _IECSSE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidECSServiceException$, InvalidECSServiceException);
var InvalidExternalIdException$ = [
  -3,
  n0,
  _IEIE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidExternalIdException$, InvalidExternalIdException);
var InvalidFileExistsBehaviorException$ = [
  -3,
  n0,
  _IFEBE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidFileExistsBehaviorException$, InvalidFileExistsBehaviorException);
var InvalidGitHubAccountTokenException$ = [
  -3,
  n0,
  _IGHATE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidGitHubAccountTokenException$, InvalidGitHubAccountTokenException);
var InvalidGitHubAccountTokenNameException$ = [
  -3,
  n0,
  _IGHATNE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidGitHubAccountTokenNameException$, InvalidGitHubAccountTokenNameException);
var InvalidIamSessionArnException$ = [
  -3,
  n0,
  _IISAE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidIamSessionArnException$, InvalidIamSessionArnException);
var InvalidIamUserArnException$ = [
  -3,
  n0,
  _IIUAE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidIamUserArnException$, InvalidIamUserArnException);
var InvalidIgnoreApplicationStopFailuresValueException$ = [
  -3,
  n0,
  _IIASFVE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidIgnoreApplicationStopFailuresValueException$, InvalidIgnoreApplicationStopFailuresValueException);
var InvalidInputException$ = [
  -3,
  n0,
  _IIE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidInputException$, InvalidInputException);
var InvalidInstanceNameException$ = [
  -3,
  n0,
  _IINE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidInstanceNameException$, InvalidInstanceNameException);
var InvalidInstanceStatusException$ = [
  -3,
  n0,
  _IISE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidInstanceStatusException$, InvalidInstanceStatusException);
var InvalidInstanceTypeException$ = [
  -3,
  n0,
  _IITE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidInstanceTypeException$, InvalidInstanceTypeException);
var InvalidKeyPrefixFilterException$ = [
  -3,
  n0,
  _IKPFE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidKeyPrefixFilterException$, InvalidKeyPrefixFilterException);
var InvalidLifecycleEventHookExecutionIdException$ = [
  -3,
  n0,
  _ILEHEIE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidLifecycleEventHookExecutionIdException$, InvalidLifecycleEventHookExecutionIdException);
var InvalidLifecycleEventHookExecutionStatusException$ = [
  -3,
  n0,
  _ILEHESE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidLifecycleEventHookExecutionStatusException$, InvalidLifecycleEventHookExecutionStatusException);
var InvalidLoadBalancerInfoException$ = [
  -3,
  n0,
  _ILBIE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidLoadBalancerInfoException$, InvalidLoadBalancerInfoException);
var InvalidMinimumHealthyHostValueException$ = [
  -3,
  n0,
  _IMHHVE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidMinimumHealthyHostValueException$, InvalidMinimumHealthyHostValueException);
var InvalidNextTokenException$ = [
  -3,
  n0,
  _INTE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidNextTokenException$, InvalidNextTokenException);
var InvalidOnPremisesTagCombinationException$ = [
  -3,
  n0,
  _IOPTCE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidOnPremisesTagCombinationException$, InvalidOnPremisesTagCombinationException);
var InvalidOperationException$ = [
  -3,
  n0,
  _IOE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidOperationException$, InvalidOperationException);
var InvalidRegistrationStatusException$ = [
  -3,
  n0,
  _IRSE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidRegistrationStatusException$, InvalidRegistrationStatusException);
var InvalidRevisionException$ = [
  -3,
  n0,
  _IRE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidRevisionException$, InvalidRevisionException);
var InvalidRoleException$ = [
  -3,
  n0,
  _IREn,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidRoleException$, InvalidRoleException);
var InvalidSortByException$ = [
  -3,
  n0,
  _ISBE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidSortByException$, InvalidSortByException);
var InvalidSortOrderException$ = [
  -3,
  n0,
  _ISOE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidSortOrderException$, InvalidSortOrderException);
var InvalidTagException$ = [
  -3,
  n0,
  _ITE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidTagException$, InvalidTagException);
var InvalidTagFilterException$ = [
  -3,
  n0,
  _ITFE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidTagFilterException$, InvalidTagFilterException);
var InvalidTagsToAddException$ = [
  -3,
  n0,
  _ITTAE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidTagsToAddException$, InvalidTagsToAddException);
var InvalidTargetFilterNameException$ = [
  -3,
  n0,
  _ITFNE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidTargetFilterNameException$, InvalidTargetFilterNameException);
var InvalidTargetGroupPairException$ = [
  -3,
  n0,
  _ITGPE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidTargetGroupPairException$, InvalidTargetGroupPairException);
var InvalidTargetInstancesException$ = [
  -3,
  n0,
  _ITIE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidTargetInstancesException$, InvalidTargetInstancesException);
var InvalidTimeRangeException$ = [
  -3,
  n0,
  _ITRE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidTimeRangeException$, InvalidTimeRangeException);
var InvalidTrafficRoutingConfigurationException$ = [
  -3,
  n0,
  _ITRCE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidTrafficRoutingConfigurationException$, InvalidTrafficRoutingConfigurationException);
var InvalidTriggerConfigException$ = [
  -3,
  n0,
  _ITCE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidTriggerConfigException$, InvalidTriggerConfigException);
var InvalidUpdateOutdatedInstancesOnlyValueException$ = [
  -3,
  n0,
  _IUOIOVE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidUpdateOutdatedInstancesOnlyValueException$, InvalidUpdateOutdatedInstancesOnlyValueException);
var InvalidZonalDeploymentConfigurationException$ = [
  -3,
  n0,
  _IZDCE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidZonalDeploymentConfigurationException$, InvalidZonalDeploymentConfigurationException);
var LifecycleEventAlreadyCompletedException$ = [
  -3,
  n0,
  _LEACE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(LifecycleEventAlreadyCompletedException$, LifecycleEventAlreadyCompletedException);
var LifecycleHookLimitExceededException$ = [
  -3,
  n0,
  _LHLEE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(LifecycleHookLimitExceededException$, LifecycleHookLimitExceededException);
var MultipleIamArnsProvidedException$ = [
  -3,
  n0,
  _MIAPE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(MultipleIamArnsProvidedException$, MultipleIamArnsProvidedException);
var OperationNotSupportedException$ = [
  -3,
  n0,
  _ONSE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(OperationNotSupportedException$, OperationNotSupportedException);
var ResourceArnRequiredException$ = [
  -3,
  n0,
  _RARE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(ResourceArnRequiredException$, ResourceArnRequiredException);
var ResourceValidationException$ = [
  -3,
  n0,
  _RVE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(ResourceValidationException$, ResourceValidationException);
var RevisionDoesNotExistException$ = [
  -3,
  n0,
  _RDNEE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(RevisionDoesNotExistException$, RevisionDoesNotExistException);
var RevisionRequiredException$ = [
  -3,
  n0,
  _RRE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(RevisionRequiredException$, RevisionRequiredException);
var RoleRequiredException$ = [
  -3,
  n0,
  _RREo,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(RoleRequiredException$, RoleRequiredException);
var TagLimitExceededException$ = [
  -3,
  n0,
  _TLEE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(TagLimitExceededException$, TagLimitExceededException);
var TagRequiredException$ = [
  -3,
  n0,
  _TRE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(TagRequiredException$, TagRequiredException);
var TagSetListLimitExceededException$ = [
  -3,
  n0,
  _TSLLEE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(TagSetListLimitExceededException$, TagSetListLimitExceededException);
var ThrottlingException$ = [
  -3,
  n0,
  _TE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var TriggerTargetsLimitExceededException$ = [
  -3,
  n0,
  _TTLEE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(TriggerTargetsLimitExceededException$, TriggerTargetsLimitExceededException);
var UnsupportedActionForDeploymentTypeException$ = [
  -3,
  n0,
  _UAFDTE,
  { "error": _c },
  [_m],
  [0]
];
n0_registry.registerError(UnsupportedActionForDeploymentTypeException$, UnsupportedActionForDeploymentTypeException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AddTagsToOnPremisesInstancesInput$ = [
  3,
  n0,
  _ATTOPII,
  0,
  [_t, _iN],
  [() => TagList, 64 | 0],
  2
];
var Alarm$ = [
  3,
  n0,
  _A,
  0,
  [_n],
  [0]
];
var AlarmConfiguration$ = [
  3,
  n0,
  _AC,
  0,
  [_en, _iPAF, _a],
  [2, 2, () => AlarmList]
];
var AppSpecContent$ = [
  3,
  n0,
  _ASC,
  0,
  [_co, _sh],
  [0, 0]
];
var AutoRollbackConfiguration$ = [
  3,
  n0,
  _ARC,
  0,
  [_en, _ev],
  [2, 64 | 0]
];
var BatchGetApplicationsInput$ = [
  3,
  n0,
  _BGAI,
  0,
  [_aNp],
  [64 | 0],
  1
];
var BatchGetDeploymentGroupsInput$ = [
  3,
  n0,
  _BGDGI,
  0,
  [_aN, _dGN],
  [0, 64 | 0],
  2
];
var BatchGetDeploymentInstancesInput$ = [
  3,
  n0,
  _BGDII,
  0,
  [_dI, _iI],
  [0, 64 | 0],
  2
];
var BatchGetDeploymentsInput$ = [
  3,
  n0,
  _BGDI,
  0,
  [_dIe],
  [64 | 0],
  1
];
var BatchGetDeploymentTargetsInput$ = [
  3,
  n0,
  _BGDTI,
  0,
  [_dI, _tI],
  [0, 64 | 0],
  2
];
var BatchGetOnPremisesInstancesInput$ = [
  3,
  n0,
  _BGOPII,
  0,
  [_iN],
  [64 | 0],
  1
];
var BlueGreenDeploymentConfiguration$ = [
  3,
  n0,
  _BGDC,
  0,
  [_tBIODS, _dRO, _gFPO],
  [() => BlueInstanceTerminationOption$, () => DeploymentReadyOption$, () => GreenFleetProvisioningOption$]
];
var BlueInstanceTerminationOption$ = [
  3,
  n0,
  _BITO,
  0,
  [_ac, _tWTIM],
  [0, 1]
];
var CloudFormationTarget$ = [
  3,
  n0,
  _CFT,
  0,
  [_dI, _tIa, _lUA, _lE, _st, _rT, _tVW],
  [0, 0, 4, () => LifecycleEventList, 0, 0, 1]
];
var CreateDeploymentGroupInput$ = [
  3,
  n0,
  _CDGI,
  0,
  [_aN, _dGNe, _sRA, _dCN, _eTF, _oPITF, _aSG, _tC, _aC, _aRC, _oIS, _dS, _bGDC, _lBI, _eTS, _eS, _oPTS, _t, _tHE],
  [0, 0, 0, 0, () => EC2TagFilterList, () => TagFilterList, 64 | 0, () => TriggerConfigList, () => AlarmConfiguration$, () => AutoRollbackConfiguration$, 0, () => DeploymentStyle$, () => BlueGreenDeploymentConfiguration$, () => LoadBalancerInfo$, () => EC2TagSet$, () => ECSServiceList, () => OnPremisesTagSet$, () => TagList, 2],
  3
];
var DeploymentInfo$ = [
  3,
  n0,
  _DI,
  0,
  [_aN, _dGNe, _dCN, _dI, _pR, _re, _st, _eIr, _cT, _sT, _cTo, _dO, _d, _cr, _iASF, _aRC, _uOIO, _rI, _dS, _tIar, _iTWTS, _bGDC, _lBI, _aDSI, _fEB, _dM, _dSM, _cP, _eI, _rD, _oAC],
  [0, 0, 0, 0, () => RevisionLocation$, () => RevisionLocation$, 0, () => ErrorInformation$, 4, 4, 4, () => DeploymentOverview$, 0, 0, 2, () => AutoRollbackConfiguration$, 2, () => RollbackInfo$, () => DeploymentStyle$, () => TargetInstances$, 2, () => BlueGreenDeploymentConfiguration$, () => LoadBalancerInfo$, 0, 0, 0, 64 | 0, 0, 0, () => RelatedDeployments$, () => AlarmConfiguration$]
];
var DeploymentOverview$ = [
  3,
  n0,
  _DO,
  0,
  [_P, _IP, _S, _F, _Sk, _R],
  [1, 1, 1, 1, 1, 1]
];
var DeploymentReadyOption$ = [
  3,
  n0,
  _DRO,
  0,
  [_aOT, _wTIM],
  [0, 1]
];
var DeploymentStyle$ = [
  3,
  n0,
  _DS,
  0,
  [_dTe, _dOe],
  [0, 0]
];
var DeploymentTarget$ = [
  3,
  n0,
  _DT,
  0,
  [_dTT, _iT, _lT, _eT, _cFT],
  [0, () => InstanceTarget$, () => LambdaTarget$, () => ECSTarget$, () => CloudFormationTarget$]
];
var Diagnostics$ = [
  3,
  n0,
  _D,
  0,
  [_eC, _sN, _m, _lTo],
  [0, 0, 0, 0]
];
var EC2TagFilter$ = [
  3,
  n0,
  _ECTF,
  0,
  [_K, _V, _T],
  [0, 0, 0]
];
var EC2TagSet$ = [
  3,
  n0,
  _ECTS,
  0,
  [_eTSL],
  [() => EC2TagSetList]
];
var ECSService$ = [
  3,
  n0,
  _ECSS,
  0,
  [_sNe, _cN],
  [0, 0]
];
var ECSTarget$ = [
  3,
  n0,
  _ECST,
  0,
  [_dI, _tIa, _tA, _lUA, _lE, _st, _tSI],
  [0, 0, 0, 4, () => LifecycleEventList, 0, () => ECSTaskSetList]
];
var ECSTaskSet$ = [
  3,
  n0,
  _ECSTS,
  0,
  [_i, _dC, _pC, _rC, _st, _tW, _tG, _tSL],
  [0, 1, 1, 1, 0, 1, () => TargetGroupInfo$, 0]
];
var ELBInfo$ = [
  3,
  n0,
  _ELBI,
  0,
  [_n],
  [0]
];
var ErrorInformation$ = [
  3,
  n0,
  _EI,
  0,
  [_cod, _m],
  [0, 0]
];
var GenericRevisionInfo$ = [
  3,
  n0,
  _GRI,
  0,
  [_d, _dG, _fUT, _lUT, _rTe],
  [0, 64 | 0, 4, 4, 4]
];
var GetDeploymentInput$ = [
  3,
  n0,
  _GDI,
  0,
  [_dI],
  [0],
  1
];
var GetDeploymentOutput$ = [
  3,
  n0,
  _GDO,
  0,
  [_dIepl],
  [() => DeploymentInfo$]
];
var GetDeploymentTargetInput$ = [
  3,
  n0,
  _GDTI,
  0,
  [_dI, _tIa],
  [0, 0],
  2
];
var GetDeploymentTargetOutput$ = [
  3,
  n0,
  _GDTO,
  0,
  [_dTep],
  [() => DeploymentTarget$]
];
var GitHubLocation$ = [
  3,
  n0,
  _GHL,
  0,
  [_rep, _cI],
  [0, 0]
];
var GreenFleetProvisioningOption$ = [
  3,
  n0,
  _GFPO,
  0,
  [_ac],
  [0]
];
var InstanceTarget$ = [
  3,
  n0,
  _IT,
  0,
  [_dI, _tIa, _tA, _st, _lUA, _lE, _iL],
  [0, 0, 0, 0, 4, () => LifecycleEventList, 0]
];
var LambdaFunctionInfo$ = [
  3,
  n0,
  _LFI,
  0,
  [_fN, _fA, _cV, _tV, _tVW],
  [0, 0, 0, 0, 1]
];
var LambdaTarget$ = [
  3,
  n0,
  _LT,
  0,
  [_dI, _tIa, _tA, _st, _lUA, _lE, _lFI],
  [0, 0, 0, 0, 4, () => LifecycleEventList, () => LambdaFunctionInfo$]
];
var LifecycleEvent$ = [
  3,
  n0,
  _LE,
  0,
  [_lEN, _di, _sT, _eTn, _st],
  [0, () => Diagnostics$, 4, 4, 0]
];
var ListApplicationsOutput$ = [
  3,
  n0,
  _LAO,
  0,
  [_app, _nT],
  [64 | 0, 0]
];
var ListDeploymentConfigsOutput$ = [
  3,
  n0,
  _LDCO,
  0,
  [_dCL, _nT],
  [64 | 0, 0]
];
var ListDeploymentGroupsOutput$ = [
  3,
  n0,
  _LDGO,
  0,
  [_aN, _dG, _nT],
  [0, 64 | 0, 0]
];
var ListDeploymentInstancesInput$ = [
  3,
  n0,
  _LDII,
  0,
  [_dI, _nT, _iSF, _iTF],
  [0, 0, 64 | 0, 64 | 0],
  1
];
var ListDeploymentInstancesOutput$ = [
  3,
  n0,
  _LDIO,
  0,
  [_iLn, _nT],
  [64 | 0, 0]
];
var ListDeploymentsInput$ = [
  3,
  n0,
  _LDIi,
  0,
  [_aN, _dGNe, _eI, _iOS, _cTR, _nT],
  [0, 0, 0, 64 | 0, () => TimeRange$, 0]
];
var ListDeploymentsOutput$ = [
  3,
  n0,
  _LDO,
  0,
  [_dep, _nT],
  [64 | 0, 0]
];
var ListDeploymentTargetsInput$ = [
  3,
  n0,
  _LDTI,
  0,
  [_dI, _nT, _tF],
  [0, 0, [2, n0, _TF, 0, 0, 64 | 0]],
  1
];
var ListDeploymentTargetsOutput$ = [
  3,
  n0,
  _LDTO,
  0,
  [_tI, _nT],
  [64 | 0, 0]
];
var ListGitHubAccountTokenNamesOutput$ = [
  3,
  n0,
  _LGHATNO,
  0,
  [_tNL, _nT],
  [64 | 0, 0]
];
var ListOnPremisesInstancesOutput$ = [
  3,
  n0,
  _LOPIO,
  0,
  [_iN, _nT],
  [64 | 0, 0]
];
var LoadBalancerInfo$ = [
  3,
  n0,
  _LBI,
  0,
  [_eIL, _tGIL, _tGPIL],
  [() => ELBInfoList, () => TargetGroupInfoList, () => TargetGroupPairInfoList]
];
var OnPremisesTagSet$ = [
  3,
  n0,
  _OPTS,
  0,
  [_oPTSL],
  [() => OnPremisesTagSetList]
];
var RawString$ = [
  3,
  n0,
  _RS,
  0,
  [_co, _sh],
  [0, 0]
];
var RelatedDeployments$ = [
  3,
  n0,
  _RD,
  0,
  [_aUOIRDI, _aUOIDI],
  [0, 64 | 0]
];
var RemoveTagsFromOnPremisesInstancesInput$ = [
  3,
  n0,
  _RTFOPII,
  0,
  [_t, _iN],
  [() => TagList, 64 | 0],
  2
];
var RevisionLocation$ = [
  3,
  n0,
  _RL,
  0,
  [_rTev, _sL, _gHL, _str, _aSC],
  [0, () => S3Location$, () => GitHubLocation$, () => RawString$, () => AppSpecContent$]
];
var RollbackInfo$ = [
  3,
  n0,
  _RIo,
  0,
  [_rDI, _rTDI, _rM],
  [0, 0, 0]
];
var S3Location$ = [
  3,
  n0,
  _SL,
  0,
  [_b, _k, _bT, _ve, _eTa],
  [0, 0, 0, 0, 0]
];
var Tag$ = [
  3,
  n0,
  _Tag,
  0,
  [_K, _V],
  [0, 0]
];
var TagFilter$ = [
  3,
  n0,
  _TFa,
  0,
  [_K, _V, _T],
  [0, 0, 0]
];
var TargetGroupInfo$ = [
  3,
  n0,
  _TGI,
  0,
  [_n],
  [0]
];
var TargetGroupPairInfo$ = [
  3,
  n0,
  _TGPI,
  0,
  [_tGa, _pTR, _tTR],
  [() => TargetGroupInfoList, () => TrafficRoute$, () => TrafficRoute$]
];
var TargetInstances$ = [
  3,
  n0,
  _TI,
  0,
  [_tFa, _aSG, _eTS],
  [() => EC2TagFilterList, 64 | 0, () => EC2TagSet$]
];
var TimeRange$ = [
  3,
  n0,
  _TR,
  0,
  [_sta, _end],
  [4, 4]
];
var TrafficRoute$ = [
  3,
  n0,
  _TRr,
  0,
  [_lA],
  [64 | 0]
];
var TriggerConfig$ = [
  3,
  n0,
  _TC,
  0,
  [_tNr, _tTA, _tE],
  [0, 0, 64 | 0]
];
var UntagResourceInput$ = [
  3,
  n0,
  _URI,
  0,
  [_RA, _TK],
  [0, 64 | 0],
  2
];
var UpdateDeploymentGroupInput$ = [
  3,
  n0,
  _UDGI,
  0,
  [_aN, _cDGN, _nDGN, _dCN, _eTF, _oPITF, _aSG, _sRA, _tC, _aC, _aRC, _oIS, _dS, _bGDC, _lBI, _eTS, _eS, _oPTS, _tHE],
  [0, 0, 0, 0, () => EC2TagFilterList, () => TagFilterList, 64 | 0, 0, () => TriggerConfigList, () => AlarmConfiguration$, () => AutoRollbackConfiguration$, 0, () => DeploymentStyle$, () => BlueGreenDeploymentConfiguration$, () => LoadBalancerInfo$, () => EC2TagSet$, () => ECSServiceList, () => OnPremisesTagSet$, 2],
  2
];
var AlarmList = [
  1,
  n0,
  _AL,
  0,
  () => Alarm$
];
var ApplicationsList = 64 | 0;
var AutoRollbackEventsList = 64 | 0;
var AutoScalingGroupNameList = 64 | 0;
var DeploymentConfigsList = 64 | 0;
var DeploymentGroupsList = 64 | 0;
var DeploymentsList = 64 | 0;
var DeploymentStatusList = 64 | 0;
var DeploymentStatusMessageList = 64 | 0;
var EC2TagFilterList = [
  1,
  n0,
  _ECTFL,
  0,
  () => EC2TagFilter$
];
var EC2TagSetList = [
  1,
  n0,
  _ECTSL,
  0,
  () => EC2TagFilterList
];
var ECSServiceList = [
  1,
  n0,
  _ECSSL,
  0,
  () => ECSService$
];
var ECSTaskSetList = [
  1,
  n0,
  _ECSTSL,
  0,
  () => ECSTaskSet$
];
var ELBInfoList = [
  1,
  n0,
  _ELBIL,
  0,
  () => ELBInfo$
];
var FilterValueList = 64 | 0;
var GitHubAccountTokenNameList = 64 | 0;
var InstanceNameList = 64 | 0;
var InstancesList = 64 | 0;
var InstanceStatusList = 64 | 0;
var InstanceTypeList = 64 | 0;
var LifecycleEventList = [
  1,
  n0,
  _LEL,
  0,
  () => LifecycleEvent$
];
var ListenerArnList = 64 | 0;
var OnPremisesTagSetList = [
  1,
  n0,
  _OPTSL,
  0,
  () => TagFilterList
];
var TagFilterList = [
  1,
  n0,
  _TFL,
  0,
  () => TagFilter$
];
var TagKeyList = 64 | 0;
var TagList = [
  1,
  n0,
  _TL,
  0,
  () => Tag$
];
var TargetGroupInfoList = [
  1,
  n0,
  _TGIL,
  0,
  () => TargetGroupInfo$
];
var TargetGroupPairInfoList = [
  1,
  n0,
  _TGPIL,
  0,
  () => TargetGroupPairInfo$
];
var TargetIdList = 64 | 0;
var TriggerConfigList = [
  1,
  n0,
  _TCL,
  0,
  () => TriggerConfig$
];
var TriggerEventTypeList = 64 | 0;
var TargetFilters = [
  2,
  n0,
  _TF,
  0,
  0,
  64 | 0
];
var GetDeployment$ = [
  9,
  n0,
  _GD,
  0,
  () => GetDeploymentInput$,
  () => GetDeploymentOutput$
];
var GetDeploymentTarget$ = [
  9,
  n0,
  _GDT,
  0,
  () => GetDeploymentTargetInput$,
  () => GetDeploymentTargetOutput$
];
var ListDeployments$ = [
  9,
  n0,
  _LD,
  0,
  () => ListDeploymentsInput$,
  () => ListDeploymentsOutput$
];

export {
  resolveClientEndpointParameters,
  commonParams,
  errorTypeRegistries,
  GetDeployment$,
  GetDeploymentTarget$,
  ListDeployments$
};
