import { formatTimestamp } from "../timestamps.js";
import type { Environment } from "./proton-state.js";
import { PROTON_TIMESTAMP_FORMAT } from "./service.js";

/** The `Environment` structure as Proton returns it (absent members omitted, timestamps in Proton's format). */
export function environmentOutput(env: Environment): Record<string, unknown> {
  const out: Record<string, unknown> = {
    arn: env.arn,
    name: env.name,
    templateName: env.templateName,
    templateMajorVersion: env.templateMajorVersion,
    templateMinorVersion: env.templateMinorVersion,
    deploymentStatus: env.deploymentStatus,
    createdAt: formatTimestamp(env.createdAt, PROTON_TIMESTAMP_FORMAT),
    lastDeploymentAttemptedAt: formatTimestamp(env.lastDeploymentAttemptedAt, PROTON_TIMESTAMP_FORMAT),
    lastDeploymentSucceededAt: formatTimestamp(env.lastDeploymentSucceededAt, PROTON_TIMESTAMP_FORMAT),
  };
  const optional = {
    deploymentStatusMessage: env.deploymentStatusMessage,
    description: env.description,
    spec: env.spec,
    protonServiceRoleArn: env.protonServiceRoleArn,
    componentRoleArn: env.componentRoleArn,
    codebuildRoleArn: env.codebuildRoleArn,
    lastAttemptedDeploymentId: env.lastAttemptedDeploymentId,
    lastSucceededDeploymentId: env.lastSucceededDeploymentId,
    environmentAccountConnectionId: env.environmentAccountConnectionId,
    environmentAccountId: env.environmentAccountId,
    provisioning: env.provisioning,
    provisioningRepository: env.provisioningRepository,
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) out[k] = v;
  return out;
}
