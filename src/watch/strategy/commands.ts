/**
 * The commands a person runs to let a waiting deployment go on or roll it back, with the real ids.
 * (The watch prints them as it waits, so it does not reach into the diagnosis for its shell quoting.)
 */

function word(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`
}

function line(...words: string[]): string {
  return words.map(word).join(' ')
}

/** https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContinueServiceDeployment.html */
export function continueServiceDeployment(arn: string, hookId: string, action: 'CONTINUE' | 'ROLLBACK', region: string): string {
  return line('aws', 'ecs', 'continue-service-deployment', '--service-deployment-arn', arn, '--hook-id', hookId, '--action', action, '--region', region)
}

/** https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_ContinueDeployment.html */
export function continueCodeDeploy(deploymentId: string, region: string): string {
  return line('aws', 'deploy', 'continue-deployment', '--deployment-id', deploymentId, '--deployment-wait-type', 'READY_WAIT', '--region', region)
}

/** https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_StopDeployment.html */
export function stopCodeDeploy(deploymentId: string, region: string): string {
  return line('aws', 'deploy', 'stop-deployment', '--deployment-id', deploymentId, '--auto-rollback-enabled', '--region', region)
}
