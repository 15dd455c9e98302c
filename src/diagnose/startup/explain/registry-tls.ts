/**
 * registry-tls-error: the pull reached the registry but TLS failed — the certificate is signed by a CA
 * the host does not trust (a private registry, or a TLS-inspecting proxy re-signing public registries),
 * it has expired, or the host's clock is off. Go's crypto/x509 writes these
 * (https://pkg.go.dev/crypto/x509#UnknownAuthorityError, https://pkg.go.dev/crypto/x509#CertificateInvalidError).
 * A TLS handshake *timeout* is the network, not this.
 */
import type { DiagnosisContext } from '../../context.js'
import type { ParsedMessage } from '../../messages.js'
import type { ClassifiedGroup } from '../../rules.js'
import { command } from '../../shell.js'
import type { Finding, Fix } from '../../types.js'
import { causeLine } from '../classify.js'
import { isEc2Service } from '../events.js'
import { groupMessages, imagesOf, occurrences, unique } from '../facts.js'
import { aws, rollbackFix } from '../fixes.js'

type TlsKind = 'unknown-authority' | 'expired' | 'name-mismatch' | 'other'

function kindOf(messages: ParsedMessage[]): TlsKind {
  const text = messages.map((m) => m.text).join(' ')
  if (/unknown authority|not trusted|self[- ]signed/i.test(text)) return 'unknown-authority'
  if (/has expired|is not yet valid/i.test(text)) return 'expired'
  if (/is valid for|doesn't contain any IP SANs|not valid for/i.test(text)) return 'name-mismatch'
  return 'other'
}

const WHY: Record<TlsKind, string> = {
  'unknown-authority':
    "its certificate is signed by a certificate authority the host does not trust: a private registry's own CA, or a TLS-inspecting proxy (Zscaler, a corporate firewall) that re-signs traffic to public registries",
  expired: "its certificate has expired or is not valid yet — or the host's clock is wrong",
  'name-mismatch': 'its certificate is for another host name than the one in the image reference',
  other: 'the TLS handshake failed'
}

export function explainRegistryTls(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const messages = groupMessages(ctx, group)
  const main = messages[0]
  const kind = kindOf(messages)
  const host = messages.map((m) => m.host).find(Boolean) ?? registryOf(ctx)
  const ec2 = isEc2Service(ctx)
  const lines = [`${occurrences(group)}: ${main ? causeLine(main) : (group.classifications[0]?.cause ?? '')}`]
  if (host) lines.push(`The registry host is ${host}.`)
  if (!ec2 && kind === 'unknown-authority') lines.push('Fargate trusts only public certificate authorities: a private CA cannot be added to it.')
  return {
    code: 'registry-tls-error',
    title: `The TLS certificate of ${host ?? 'the registry'} is not accepted: ${TITLE[kind]}`,
    explanation: `The task reached the registry, but the TLS handshake failed: ${WHY[kind]}. The pull fails the same way on every task until the certificate or the trust changes.`,
    confidence: group.classifications.some((c) => c.confidence === 'high') ? 'high' : 'medium',
    evidence: unique(lines),
    fixes: fixesFor(ctx, host, kind, ec2)
  }
}

const TITLE: Record<TlsKind, string> = {
  'unknown-authority': 'signed by an untrusted authority',
  expired: 'expired or not yet valid',
  'name-mismatch': 'issued for another name',
  other: 'TLS handshake failed'
}

function registryOf(ctx: DiagnosisContext): string | undefined {
  const image = imagesOf(ctx).find((i) => i.registry !== 'ecr')?.image ?? imagesOf(ctx)[0]?.image
  const first = image?.split('/')[0]
  return first && /[.:]/.test(first) ? first : undefined
}

function fixesFor(ctx: DiagnosisContext, host: string | undefined, kind: TlsKind, ec2: boolean): Fix[] {
  const fixes: Fix[] = []
  if (host) {
    fixes.push({
      title: `See which certificate ${host} presents (from inside the VPC): its issuer tells a proxy from the registry's own`,
      commands: [command('openssl', 's_client', '-connect', `${host}:443`, '-servername', host, '-showcerts')],
      note: 'Run it on a host in the task subnets; an issuer such as Zscaler or your firewall vendor means traffic is re-signed by a proxy.'
    })
  }
  if (kind === 'unknown-authority' && ec2 && host) {
    fixes.push({
      title: `Trust the registry's CA on the container instances`,
      commands: [command('sudo', 'mkdir', '-p', `/etc/docker/certs.d/${host}`), command('sudo', 'cp', 'ca.crt', `/etc/docker/certs.d/${host}/ca.crt`)],
      note: 'Bake it into the AMI or the launch template user data so new instances have it.'
    })
  }
  const repository = host ? (imagesOf(ctx).find((i) => i.image.startsWith(host))?.repositoryName ?? 'app') : 'app'
  fixes.push({
    title: 'Or copy the image into ECR, whose certificates every host trusts, and point the task definition at it',
    commands: [aws(ctx.region, 'ecr', 'create-repository', '--repository-name', repository.split('/').pop() ?? 'app')],
    note: 'Then docker pull the image where the registry is trusted, docker tag it with the ECR URI, docker push, and register a revision with that image.'
  })
  const rollback = rollbackFix(ctx)
  if (rollback) fixes.push(rollback)
  return fixes
}
