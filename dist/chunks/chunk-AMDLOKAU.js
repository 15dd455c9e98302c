import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  accountOf,
  commentKey,
  commentMarker,
  markerKey,
  sameReport,
  stepIdentity
} from "./chunk-DLCACMBU.js";
import {
  renderStepComment,
  renderStepSummary
} from "./chunk-CIDTJ3Q5.js";
import {
  rollbackLine
} from "./chunk-43BE2X2O.js";
import {
  characters,
  hardCut
} from "./chunk-LMUQMNJ3.js";
import {
  stepSummaryFile
} from "./chunk-NOB5NHP5.js";
import {
  plainHeadline,
  redactorFor,
  rootCauseOf,
  secretsToMask,
  watchDuration
} from "./chunk-FNTZJT3P.js";
import {
  USER_AGENT
} from "./chunk-KUD6OAMR.js";
import {
  FAILING_VERDICTS
} from "./chunk-UHW7ZZCQ.js";
import {
  error,
  info,
  notice,
  setOutput,
  setSecret,
  warning
} from "./chunk-RTYPVDKK.js";
import {
  resourceName
} from "./chunk-HTFDHZIM.js";

// src/report/publish.ts
import { mkdir as mkdir2, mkdtemp, writeFile as writeFile2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/evidence/file.ts
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
async function writeEvidenceFile(evidence, path) {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(evidence, null, 2)}
`, "utf8");
  await rename(temporary, path);
}

// src/report/publish.ts
function safeFileName(text) {
  return text.replace(/[^A-Za-z0-9_.-]+/g, "-").slice(0, 100);
}
async function runFolder() {
  const root = process.env.RUNNER_TEMP || tmpdir();
  await mkdir2(root, { recursive: true });
  return mkdtemp(join(root, "ecs-deploy-doctor-"));
}
async function writeEvidence(evidence, cluster, service) {
  const path = join(await runFolder(), `${safeFileName(cluster)}-${safeFileName(service)}.evidence.json`);
  await writeEvidenceFile(evidence, path);
  return path;
}
function runUrl() {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = process.env;
  return GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_RUN_ID ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}` : void 0;
}
function reportInput(result, inputs, service) {
  return {
    rollback: result.rollback ?? null,
    verdict: result.watch.verdict,
    cluster: inputs.cluster,
    serviceName: service,
    region: inputs.region,
    deploymentId: result.watch.deploymentId || null,
    evidence: result.evidence,
    diagnosis: result.diagnosis,
    runUrl: runUrl(),
    commitSha: process.env.GITHUB_SHA
  };
}
var isFailing = (report) => FAILING_VERDICTS.includes(report.verdict);
function rollbackOutputs(rollback) {
  return { rollback: rollback?.status ?? null, rollbackDeploymentId: rollback?.deploymentId ?? null };
}
async function writeSummary(markdown) {
  try {
    setOutput("summary-file", await writeJobSummary(markdown));
  } catch (error2) {
    warning(`The job summary could not be written: ${error2 instanceof Error ? error2.message : String(error2)}`);
  }
}
async function comment(inputs, markdown, reports) {
  if (!inputs.commentOnPr) return;
  if (!inputs.githubToken) {
    notice("No 'github-token': the PR comment was skipped.");
    return;
  }
  const account = accountOf(...reports.map((r) => r.evidence.service.serviceArn), ...inputs.services, inputs.cluster);
  const key = commentKey({ account, region: inputs.region, cluster: inputs.cluster, services: reports.map((r) => r.serviceName) }, stepIdentity());
  const outcome = await upsertPrComment({ token: inputs.githubToken, markdown, key });
  if (outcome.action !== "skipped") info(`PR comment ${outcome.action}: ${outcome.url ?? ""}`);
}
async function publishReports(results, inputs) {
  const reports = results.map((result, i) => reportInput(result, inputs, resourceName(inputs.services[i] ?? inputs.service)));
  const evidenceFiles = await Promise.all(reports.map((r) => writeEvidence(r.evidence, r.cluster, r.serviceName)));
  const lead = Math.max(0, reports.findIndex(isFailing));
  setOutput("verdict", reports[lead].verdict);
  setOutput("deployment-id", reports[lead].deploymentId ?? "");
  setOutput("root-cause", reports[lead].diagnosis?.rootCause?.code ?? "");
  setOutput("evidence-file", evidenceFiles[lead]);
  setOutput("rollback", reports[lead].rollback?.status ?? "");
  setOutput(
    "services",
    JSON.stringify(
      Object.fromEntries(
        reports.map((r, i) => [
          r.serviceName,
          {
            verdict: r.verdict,
            rootCause: r.diagnosis?.rootCause?.code ?? null,
            deploymentId: r.deploymentId,
            duration: watchDuration(r),
            evidenceFile: evidenceFiles[i],
            ...rollbackOutputs(r.rollback)
          }
        ])
      )
    )
  );
  for (const report of reports) maskSecrets(report);
  for (const report of reports.filter((r) => r.rollback)) {
    const line = `${reports.length > 1 ? `${report.serviceName}: ` : ""}${rollbackLine(report.rollback)}`;
    if (report.rollback?.status === "rolled-back" || report.rollback?.status === "skipped") notice(line);
    else warning(line);
  }
  if (reports.length === 1) {
    const [report] = reports;
    await writeSummary(renderStepSummary(reports));
    if (isFailing(report)) annotate(report);
    await comment(inputs, renderStepComment(reports), reports);
    return;
  }
  await writeSummary(renderStepSummary(reports));
  for (const report of reports.filter(isFailing)) annotate(report);
  await comment(inputs, renderStepComment(reports), reports);
}
function renderServiceSummary(result, inputs, service, maxBytes) {
  return renderStepSummary([reportInput(result, inputs, service)], { maxBytes });
}
var GITHUB_COMMENT_LIMIT = 65536;
async function writeJobSummary(markdown, opts = {}) {
  const dir = opts.dir ? await mkdtemp(join(opts.dir, "ecs-deploy-doctor-")) : await runFolder();
  const path = join(dir, "summary.md");
  await writeFile2(path, markdown, "utf8");
  const file = stepSummaryFile();
  if (file) {
    try {
      file.replace(markdown);
    } catch (error2) {
      warning(`The job summary could not be written (${messageOf(error2)}); it is in ${path}`);
    }
  } else {
    info(`No GITHUB_STEP_SUMMARY (not running in GitHub Actions): the summary is in ${path}`);
  }
  return path;
}
function maskSecrets(input) {
  const parts = secretsToMask(input).flatMap((secret) => secret.split(/\r?\n|\\n/)).map((part) => part.trim()).filter((part) => part.length >= 4);
  const unique = [...new Set(parts)];
  unique.forEach((part) => setSecret(part));
  return unique.length;
}
function annotate(input) {
  if (input.verdict === "stable") return;
  maskSecrets(input);
  const redact = redactorFor(input);
  const rootCause = rootCauseOf(input);
  const title = rootCause ? `${rootCause.code}: ${redact.line(rootCause.title)}` : plainHeadline(input);
  const lines = [plainHeadline(input)];
  if (rootCause?.explanation) lines.push(redact.line(rootCause.explanation));
  else if (input.evidence.watch?.reason) lines.push(redact.line(input.evidence.watch.reason));
  const firstCommand = rootCause?.fixes[0]?.commands[0];
  if (firstCommand) lines.push(`Fix: ${firstCommand}`);
  lines.push("The job summary has the evidence and every fix command.");
  error(truncateText(lines.join("\n"), 2e3), { title: truncateText(title, 200) });
}
function truncateText(value, max) {
  return value.length <= max ? value : `${value.slice(0, max - 1)}\u2026`;
}
async function upsertPrComment(opts) {
  if (!opts.token) return skipped("no-token", "No GitHub token: the PR comment was skipped.", "notice");
  let context;
  let octokit;
  let repo;
  try {
    ;
    ({ context, octokit } = await gitHub(opts));
    repo = context.repo;
  } catch (error2) {
    return skipped("no-repository", `The PR comment was skipped: ${messageOf(error2)}`, "warning");
  }
  let numbers;
  try {
    numbers = await pullRequestNumbers(octokit, context, repo);
  } catch (error2) {
    return skipped("lookup-failed", `Could not look up the pull request of this run: ${describeHttpError(error2, "read")}`, "warning");
  }
  if (numbers.length === 0) {
    const commit = context.sha ? ` for commit ${context.sha.slice(0, 7)}` : "";
    return skipped("no-pull-request", `No open pull request${commit}: no PR comment was posted.`, "info");
  }
  const body = fitComment(`${commentMarker(opts.key)}
${opts.markdown}`);
  const self = tokenLogin(octokit);
  const results = [];
  for (const number of numbers) {
    try {
      results.push({ number, ...await upsertOne(octokit, { ...repo, issue_number: number }, opts.key, body, self) });
    } catch (error2) {
      const access = error2 instanceof CommentStepError ? error2.access : "write";
      warning(
        `Could not comment on pull request #${number}: ${describeHttpError(error2 instanceof CommentStepError ? error2.original : error2, access)}. The deployment verdict and the job summary are not affected.`
      );
    }
  }
  if (results.length === 0) return { action: "skipped", reason: "comment-failed" };
  const created = results.find((result) => result.action === "created");
  const first = created ?? results[0];
  return { action: first.action, url: first.url, pullRequests: results };
}
async function gitHub(opts) {
  if (opts.context && opts.octokit) return { context: opts.context, octokit: opts.octokit };
  const github = await import("./github-MZ5XGICO.js");
  return { context: opts.context ?? github.context, octokit: opts.octokit ?? github.getOctokit(opts.token, { userAgent: USER_AGENT }) };
}
function fitComment(markdown) {
  return markdown.length <= GITHUB_COMMENT_LIMIT ? markdown : hardCut(markdown, { max: GITHUB_COMMENT_LIMIT - 100, measure: characters });
}
async function pullRequestNumbers(octokit, context, repo) {
  const pullRequest = context.payload.pull_request;
  if (pullRequest?.number) return [pullRequest.number];
  if (!context.sha) return [];
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: context.sha });
  return data.filter((pr) => pr.state === "open").map((pr) => pr.number);
}
function tokenLogin(octokit) {
  let login;
  const ask = async () => {
    try {
      const answer = await octokit.graphql("query { viewer { login } }");
      return answer.viewer.login;
    } catch (error2) {
      warning(
        `Could not tell which account the GitHub token acts as (${describeHttpError(error2, "read")}): a new PR comment is posted instead of editing one that another account may have written.`
      );
      return null;
    }
  };
  return () => login ??= ask();
}
async function upsertOne(octokit, issue, key, body, self) {
  const existing = await step("read", () => findOwnComment(octokit, issue, key, self));
  if (existing) {
    const { data: data2 } = await step("write", () => octokit.rest.issues.updateComment({ owner: issue.owner, repo: issue.repo, comment_id: existing, body }));
    return { action: "updated", url: data2.html_url };
  }
  const { data } = await step("write", () => octokit.rest.issues.createComment({ ...issue, body }));
  return { action: "created", url: data.html_url };
}
var CommentStepError = class extends Error {
  constructor(access, original) {
    super(messageOf(original));
    this.access = access;
    this.original = original;
  }
  access;
  original;
};
async function step(access, call) {
  try {
    return await call();
  } catch (error2) {
    throw new CommentStepError(access, error2);
  }
}
async function findOwnComment(octokit, issue, key, self) {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { ...issue, per_page: 100 });
  for await (const page of pages) {
    for (const comment2 of page.data) {
      if (!sameReport(key, markerKey(comment2.body))) continue;
      const login = await self();
      if (login !== null && comment2.user?.login === login) return comment2.id;
    }
  }
  return null;
}
var LOG_AT = { info, notice, warning };
function skipped(reason, message, level) {
  LOG_AT[level](message);
  return { action: "skipped", reason };
}
function messageOf(error2) {
  return error2 instanceof Error ? error2.message : String(error2);
}
function describeHttpError(error2, access) {
  const status = typeof error2 === "object" && error2 !== null && "status" in error2 ? Number(error2.status) : NaN;
  const message = messageOf(error2).split("\n")[0].slice(0, 200);
  if (status === 403 && access === "read") {
    return `HTTP 403 (${message}); the token cannot read this repository's pull requests and their comments. Grant \`permissions: pull-requests: write\` (it includes read) to the job`;
  }
  if (status === 403) {
    return `HTTP 403 (${message}); the token cannot write to pull requests. Pull requests from forks get a read-only GITHUB_TOKEN; otherwise grant \`permissions: pull-requests: write\``;
  }
  if (status === 404) return `HTTP 404 (${message}); the pull request or repository is not visible to this token`;
  return Number.isFinite(status) ? `HTTP ${status} (${message})` : message;
}

export {
  publishReports,
  renderServiceSummary,
  writeJobSummary,
  maskSecrets,
  annotate,
  upsertPrComment
};
