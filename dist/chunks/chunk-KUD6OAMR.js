import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);

// package.json
var package_default = {
  name: "ecs-deploy-doctor",
  version: "0.1.0",
  private: true,
  description: "GitHub Action that watches an Amazon ECS deployment, fails fast when it breaks, and names the root cause with fix commands.",
  type: "module",
  license: "MIT",
  engines: {
    node: ">=20"
  },
  bin: {
    "ecs-deploy-doctor": "dist/cli/index.js"
  },
  scripts: {
    build: "npm run package",
    package: "node scripts/package.mjs",
    test: "NODE_OPTIONS=--experimental-vm-modules NODE_NO_WARNINGS=1 jest",
    lint: "eslint .",
    typecheck: "tsc --noEmit",
    sim: "tsx simulator/cli.ts",
    demo: "tsx simulator/demo.ts",
    bench: "tsx bench/run.ts"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@aws-sdk/client-cloudwatch": "^3.1178.0",
    "@aws-sdk/client-cloudwatch-logs": "^3.1169.0",
    "@aws-sdk/client-codedeploy": "^3.1133.0",
    "@aws-sdk/client-ec2": "^3.1169.0",
    "@aws-sdk/client-ecr": "^3.1169.0",
    "@aws-sdk/client-ecs": "^3.1162.0",
    "@aws-sdk/client-efs": "^3.1141.0",
    "@aws-sdk/client-elastic-load-balancing-v2": "^3.1142.0",
    "@aws-sdk/client-iam": "^3.1169.0",
    "@aws-sdk/client-secrets-manager": "^3.1162.0",
    "@aws-sdk/client-ssm": "^3.1169.0",
    "@aws-sdk/core": "^3.981.2",
    "@smithy/core": "^3.41.0",
    "@smithy/node-http-handler": "^4.14.2",
    "agent-base": "^9.0.0",
    "http-proxy-agent": "^9.1.0",
    "https-proxy-agent": "^9.1.0",
    "proxy-from-env": "^2.1.0"
  },
  devDependencies: {
    "@action-validator/core": "^0.6.0",
    "@aws-sdk/client-sts": "^3.1169.0",
    "@eslint/js": "^10.0.1",
    "@jest/globals": "^30.5.2",
    "@smithy/types": "^4.20.0",
    "@types/jest": "^30.0.0",
    "@types/js-yaml": "^4.0.9",
    "@types/markdown-it": "^14.2.0",
    "@types/node": "^20.19.43",
    "aws-sdk-client-mock": "^4.1.0",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.10.2",
    "fast-xml-parser": "^5.12.1",
    jest: "^30.5.2",
    "js-yaml": "^4.3.2",
    jsdom: "^29.1.1",
    "markdown-it": "^15.0.3",
    mermaid: "^11.17.2",
    "ts-jest": "^29.4.15",
    tsx: "^4.23.15",
    typescript: "^6.0.3",
    "typescript-eslint": "^8.73.0"
  },
  overrides: {
    "unrs-resolver": "1.12.2"
  }
};

// src/version.ts
var VERSION = package_default.version;
var USER_AGENT = `ecs-deploy-doctor/${VERSION}`;

export {
  USER_AGENT
};
