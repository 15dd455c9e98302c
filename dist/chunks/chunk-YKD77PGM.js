import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);

// src/evidence/arns.ts
function parseArn(value) {
  if (!value?.startsWith("arn:")) return void 0;
  const parts = value.split(":");
  if (parts.length < 6) return void 0;
  const [, partition, service, region, accountId, ...resource] = parts;
  return { partition, service, region, accountId, resource: resource.join(":") };
}
function accountOf(arns) {
  for (const value of arns) {
    const arn = parseArn(value);
    if (arn?.accountId) return { accountId: arn.accountId, partition: arn.partition };
  }
  return { partition: "aws" };
}
function lastSegment(value) {
  return value.slice(value.lastIndexOf("/") + 1);
}
function roleReference(value, scope) {
  if (value.startsWith("arn:")) return { arn: value, roleName: lastSegment(value) };
  return { arn: `arn:${scope.partition}:iam::${scope.accountId ?? ""}:role/${value}`, roleName: value };
}
function secretIdOf(valueFrom) {
  return valueFrom.split(":").slice(0, 7).join(":");
}
function parameterReference(valueFrom, scope) {
  const arn = parseArn(valueFrom);
  if (arn) {
    const path = arn.resource.replace(/^parameter/, "");
    const name = path.slice(1).includes("/") ? path : path.slice(1);
    return { arn: valueFrom, name, region: arn.region, accountId: arn.accountId };
  }
  const resource = valueFrom.startsWith("/") ? valueFrom : `/${valueFrom}`;
  return {
    arn: `arn:${scope.partition}:ssm:${scope.region}:${scope.accountId ?? ""}:parameter${resource}`,
    name: valueFrom,
    region: scope.region,
    accountId: scope.accountId
  };
}
function logGroupArn(logGroupName, region, scope) {
  return `arn:${scope.partition}:logs:${region}:${scope.accountId ?? ""}:log-group:${logGroupName}:*`;
}
function ecrRepositoryArn(repositoryName, region, registryId, partition) {
  return `arn:${partition}:ecr:${region}:${registryId}:repository/${repositoryName}`;
}
function kmsKeyArn(kmsKeyId, scope) {
  if (!kmsKeyId || kmsKeyId.includes("alias/")) return void 0;
  if (kmsKeyId.startsWith("arn:")) return kmsKeyId.includes(":key/") ? kmsKeyId : void 0;
  return `arn:${scope.partition}:kms:${scope.region}:${scope.accountId ?? ""}:key/${kmsKeyId}`;
}
function efsFileSystemArn(fileSystemId, scope) {
  return `arn:${scope.partition}:elasticfilesystem:${scope.region}:${scope.accountId ?? ""}:file-system/${fileSystemId}`;
}

// src/evidence/image-reference.ts
var ECR_HOST = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;
var DOCKER_HUB_HOSTS = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);
function parseImageReference(image) {
  let rest = image.trim();
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  if (!tag && !digest) tag = "latest";
  const slash = rest.indexOf("/");
  const first = slash >= 0 ? rest.slice(0, slash) : "";
  const hasHost = first.includes(".") || first.includes(":") || first === "localhost";
  const host = hasHost ? first : void 0;
  const path = hasHost ? rest.slice(slash + 1) : rest;
  const ids = { ...tag ? { tag } : {}, ...digest ? { digest } : {} };
  const ecr = host ? ECR_HOST.exec(host) : null;
  if (ecr) return { image, registry: "ecr", registryId: ecr[1], region: ecr[2], repositoryName: path, ...ids };
  if (!host || DOCKER_HUB_HOSTS.has(host)) {
    return { image, registry: "dockerhub", repositoryName: path.includes("/") ? path : `library/${path}`, ...ids };
  }
  return { image, registry: "other", repositoryName: path, ...ids };
}

export {
  parseArn,
  accountOf,
  lastSegment,
  roleReference,
  secretIdOf,
  parameterReference,
  logGroupArn,
  ecrRepositoryArn,
  kmsKeyArn,
  efsFileSystemArn,
  parseImageReference
};
