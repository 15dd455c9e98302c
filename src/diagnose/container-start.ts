/**
 * Why a container runtime could not start the container's process, read from the error chain
 * Docker, containerd, runc or crun returned (docs/diagnosis/messages.md §5). Every runc era wraps
 * the same inner causes differently:
 *
 *   ≤ rc90   container_linux.go:<L>: starting container process caused "exec: \"<cmd>\": executable file not found in $PATH"
 *   rc91–1.0 container_linux.go:<L>: starting container process caused: exec: "<cmd>": executable file not found in $PATH
 *   1.1      runc create failed: unable to start container process: exec: "<cmd>": executable file not found in $PATH
 *   ≥ 1.2    runc create failed: unable to start container process: error during container init: exec: "<cmd>": ...
 *   crun     executable file `<cmd>` not found in $PATH: No such file or directory
 *
 * so the reader finds the runtime context by any of its markers and then reads the innermost cause.
 * Sources: https://github.com/opencontainers/runc/blob/v1.2.0/libcontainer/process_linux.go,
 * https://github.com/opencontainers/runc/blob/v1.0.0-rc10/libcontainer/container_linux.go#L349,
 * https://github.com/containers/crun/blob/1.15/src/libcrun/container.c#L1195.
 */
import { completeCutPhrase, normaliseMessage } from './messages.js'

export type StartFailureKind =
  /** The program named by entryPoint/command is not in the image or not on its PATH. */
  | 'command-not-found'
  /** The program exists but may not be executed (no x bit, noexec mount). */
  | 'not-executable'
  /** The program exists but its interpreter or loader does not (a CRLF #! line, bash on Alpine, glibc on musl). */
  | 'interpreter-missing'
  /** The binary is for another CPU architecture (or a script without #!). */
  | 'exec-format'
  /** workingDirectory does not exist in the image. */
  | 'working-directory'
  /** A bind mount or volume cannot be mounted where the task definition says. */
  | 'mount'
  /** The `user` of the container definition does not exist in the image. */
  | 'user'
  /** runc's init process was OOM-killed before the app started: the memory limit is too low. */
  | 'init-oom'
  /** The kernel refused a ulimit or cgroup value of the task definition (an rlimit the host caps, a CPU quota). */
  | 'resource-limits'
  /** Anything else the runtime reported while setting the container up (devices, cgroups ...). */
  | 'runtime'

export interface StartFailure {
  kind: StartFailureKind
  /** The innermost clause that decided, as the runtime wrote it (unescaped). */
  cause: string
  /** The program it tried to execute, when named. */
  command?: string
  /** The path concerned: working directory, mount destination, missing file. */
  path?: string
  user?: string
}

/** Markers of a runtime start chain, from every runc era, crun, Docker and containerd. */
const RUNTIME_CONTEXT =
  /OCI runtime|oci runtime error|runc create failed|starting container process caused|unable to start container process|error during container init|container init caused|exec user process caused|System error: exec|executable file `|exec container process|unable to find user|linux spec user|no matching entries in passwd file|in passwd file|mount callback failed|failed to create shim|Container command '[^']*' not found|error while creating mount source path/i

/** Readers of the innermost cause, most specific first (an exec error mentions "no such file" too). */
const READERS: { kind: StartFailureKind; pattern: RegExp; command?: number; path?: number; user?: number }[] = [
  { kind: 'init-oom', pattern: /container init was OOM-killed|\(possibly OOM-killed\)/i },
  { kind: 'working-directory', pattern: /chdir to cwd \("?([^")]*)"?\)|chdir(?: to)? "?([^":\s]+)"?: no such file/i, path: 1 },
  { kind: 'user', pattern: /(?:unable to|cannot) find user '?([^:\s']+)'?|no matching entries in passwd file|\/etc\/passwd: no such file/i, user: 1 },
  // runc's setupRlimits and cgroup managers: "error setting rlimit type 8: operation not permitted", "failed to write "100000": ... cpu.cfs_quota_us".
  // https://github.com/opencontainers/runc/blob/v1.1.0/libcontainer/init_linux.go#L509
  { kind: 'resource-limits', pattern: /error setting rlimits?\b|error setting cgroup config|failed to write "?[^"]*"?:? (?:to |write )?\S*\/sys\/fs\/cgroup\/\S+: invalid argument/i },
  // A cut chain may end right after the source path: "mounting "/root/app.properti".
  { kind: 'mount', pattern: /(?:error )?mounting "?(\/[^"\s]*)"?(?: to rootfs(?: "[^"]*")?(?: at "?([^"\s]+)"?)?)?|create mount destination|Are you trying to mount a directory onto a file|error while creating mount source path '([^']*)'/i, path: 2 },
  { kind: 'exec-format', pattern: /exec(?: container process)? `?"?([^"`:\s]*)"?`?:? exec format error|exec format error/i, command: 1 },
  { kind: 'command-not-found', pattern: /exec: "([^"]*)": executable file not found|executable file `([^`]+)` not found|Container command '([^']+)' not found|executable file not found/i, command: 1 },
  // The middle of the chain may be cut by whoever pasted it: "stat /opt/x/run.sh...no such file or direct...".
  { kind: 'command-not-found', pattern: /exec: "([^"]*)": (?:stat [^:]+?(?::\s*|\.\.\.|\u2026))?no such file/i, command: 1 },
  { kind: 'not-executable', pattern: /exec: "([^"]*)": permission denied|exec(?: container process)? `?([^`:\s]+)`?: permission denied|exec user process caused:? "?permission denied/i, command: 1 },
  { kind: 'interpreter-missing', pattern: /exec user process caused:? "?no such file or directory|exec container process \(missing dynamic library\?\)/i }
]

/** The runtime's reason for not starting the process; null when the text is not a runtime start chain. */
export function readStartFailure(raw: string): StartFailure | null {
  const text = completeCutPhrase(normaliseMessage(raw)).text
  if (!RUNTIME_CONTEXT.test(text)) return null
  const inner = innermost(text)
  for (const reader of READERS) {
    const match = reader.pattern.exec(inner) ?? reader.pattern.exec(text)
    if (!match) continue
    const captured = (index: number | undefined) => (index ? firstDefined(match, index) : undefined)
    return {
      kind: reader.kind,
      cause: tidy(inner),
      ...(captured(reader.command) ? { command: captured(reader.command) } : {}),
      ...(captured(reader.path) ? { path: captured(reader.path) } : {}),
      ...(captured(reader.user) ? { user: captured(reader.user) } : {})
    }
  }
  return { kind: 'runtime', cause: tidy(inner) }
}

/** The alternatives of a pattern capture the same thing in different groups: the first one set from `index` on. */
function firstDefined(match: RegExpExecArray, index: number): string | undefined {
  for (let i = index; i < match.length; i += 1) if (match[i]) return match[i]
  return undefined
}

const CONTEXT_HEADS =
  /^(?:.*?)(?:starting container process caused:?|unable to start container process:|error during container init:|container init caused:?|exec user process caused:?|System error:|OCI runtime create failed:|oci runtime error:)\s*/i

/** The text after the last runtime context marker: the cause the runtime itself wrote. */
function innermost(text: string): string {
  let rest = text
  for (let match = CONTEXT_HEADS.exec(rest); match && match[0].length > 0 && match[0].length < rest.length; match = CONTEXT_HEADS.exec(rest)) {
    rest = rest.slice(match[0].length)
  }
  return rest
}

function tidy(cause: string): string {
  return cause
    .replace(/(?::\s*(?:unknown|OCI runtime attempted to invoke a command that was not found|OCI runtime command not found error))+[.)"]*\s*$/i, '')
    .replace(/^"+|"+$/g, '')
    .replace(/[\s.]+$/, '')
    .trim()
}
