import { randomUUID } from "node:crypto";
import type { ServiceError } from "../../protocol/service-error.js";
import { required, str, struct } from "../../validation/shape.js";
import { defineOperation, type Operation, type OperationContext } from "../operation.js";
import { environmentOutput } from "./environment-output.js";
import type { Environment, EnvironmentTemplate, RepositoryBranch } from "./proton-state.js";
import { proton, protonError } from "./service.js";

interface UpdateEnvironmentInput {
  readonly name: string;
  readonly deploymentType: "NONE" | "CURRENT_VERSION" | "MINOR_VERSION" | "MAJOR_VERSION";
  readonly description?: string;
  readonly spec?: string;
  readonly templateMajorVersion?: string;
  readonly templateMinorVersion?: string;
  readonly protonServiceRoleArn?: string;
  readonly componentRoleArn?: string;
  readonly codebuildRoleArn?: string;
  readonly environmentAccountConnectionId?: string;
  readonly provisioningRepository?: Omit<RepositoryBranch, "arn">;
}

const VERSION = str({ min: 1, max: 20, pattern: "^(0|([1-9]{1}\\d*))$" });
const ROLE_ARN = /^arn:aws[-a-z]*:iam::(\d{12}):role\/[\w+=,.@/-]+$/;
const ROLE_ARN_MEMBER = str({
  min: 1,
  max: 2048,
  pattern: "^arn:(aws|aws-cn|aws-us-gov):iam::\\d{12}:role/([\\w+=,.@-]{1,512}[/:])*([\\w+=,.@-]{1,64})$",
});
const BUSY: ReadonlySet<Environment["deploymentStatus"]> = new Set(["IN_PROGRESS", "DELETE_IN_PROGRESS", "CANCELLING"]);
const invalid = (message: string): ServiceError => protonError("ValidationException", message);

/** AwsProton20200720.UpdateEnvironment: updates metadata and, unless deploymentType is NONE, deploys. */
export const updateEnvironment: Operation = defineOperation<UpdateEnvironmentInput>({
  name: "UpdateEnvironment",
  service: proton,
  http: { target: "UpdateEnvironment" },
  input: struct({
    name: required(str({ min: 1, max: 100, pattern: "^[0-9A-Za-z]+[0-9A-Za-z_\\-]*$" })),
    deploymentType: required(str({ enum: ["NONE", "CURRENT_VERSION", "MINOR_VERSION", "MAJOR_VERSION"] })),
    description: str({ min: 0, max: 500 }),
    spec: str({ min: 1, max: 51200 }),
    templateMajorVersion: VERSION,
    templateMinorVersion: VERSION,
    protonServiceRoleArn: str({
      min: 1,
      max: 200,
      pattern: "^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\\d{12}:([\\w+=,.@-]+[/:])*[\\w+=,.@-]+$",
    }),
    componentRoleArn: ROLE_ARN_MEMBER,
    codebuildRoleArn: ROLE_ARN_MEMBER,
    environmentAccountConnectionId: str({ pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$" }),
    provisioningRepository: struct({
      branch: required(str({ min: 1, max: 200 })),
      name: required(str({ min: 1, max: 100, pattern: ".*[A-Za-z0-9_.-].*/[A-Za-z0-9_.-].*" })),
      provider: required(str({ enum: ["GITHUB", "GITHUB_ENTERPRISE", "BITBUCKET"] })),
    }),
  }),
  run(input, ctx) {
    const state = ctx.state.proton;
    const env = state.environments.get(input.name);
    if (env === undefined) throw protonError("ResourceNotFoundException", `The environment ${input.name} was not found.`);
    if (BUSY.has(env.deploymentStatus)) {
      throw protonError(
        "ConflictException",
        `Environment ${env.name} can't be updated while its deployment status is ${env.deploymentStatus}.`,
      );
    }
    checkProvisioning(env, input, ctx);
    const deploys = input.deploymentType !== "NONE";
    if (!deploys && input.spec !== undefined)
      throw invalid("A spec can only be changed with a deployment; deploymentType NONE doesn't deploy.");
    const template = state.templates.get(env.templateName);
    if (template === undefined)
      throw protonError("ResourceNotFoundException", `The environment template ${env.templateName} was not found.`);
    const [major, minor] = targetVersion(env, template, input);

    // Every check passed: apply the update atomically.
    if (input.description !== undefined) env.description = input.description;
    if (input.componentRoleArn !== undefined) env.componentRoleArn = input.componentRoleArn;
    if (input.codebuildRoleArn !== undefined) env.codebuildRoleArn = input.codebuildRoleArn;
    if (input.protonServiceRoleArn !== undefined) env.protonServiceRoleArn = input.protonServiceRoleArn;
    if (input.environmentAccountConnectionId !== undefined) env.environmentAccountConnectionId = input.environmentAccountConnectionId;
    if (input.provisioningRepository !== undefined && env.provisioningRepository !== undefined) {
      const repo = input.provisioningRepository;
      const arn = env.provisioningRepository.arn.replace(/repository\/.*$/, `repository/${repo.provider.toLowerCase()}:${repo.name}`);
      env.provisioningRepository = { arn, branch: repo.branch, name: repo.name, provider: repo.provider };
    }
    if (deploys) {
      if (input.spec !== undefined) env.spec = input.spec;
      env.templateMajorVersion = major;
      env.templateMinorVersion = minor;
      env.deploymentStatus = "SUCCEEDED";
      const deploymentId = randomUUID();
      env.lastAttemptedDeploymentId = deploymentId;
      env.lastSucceededDeploymentId = deploymentId;
      env.lastDeploymentAttemptedAt = ctx.now;
      env.lastDeploymentSucceededAt = ctx.now;
    }
    ctx.stats.created("environmentUpdates");
    return { status: 200, body: { environment: environmentOutput(env) } };
  },
});

/** Enforces the documented rules between the provisioning method, the account connection and the service role. */
function checkProvisioning(env: Environment, input: UpdateEnvironmentInput, ctx: OperationContext): void {
  const { environmentAccountConnectionId: connectionId, protonServiceRoleArn: roleArn } = input;
  if (connectionId !== undefined && roleArn !== undefined) {
    throw invalid("You can update either environmentAccountConnectionId or protonServiceRoleArn, not both.");
  }
  if (env.provisioning === "CUSTOMER_MANAGED") {
    if (connectionId !== undefined || roleArn !== undefined) {
      throw invalid(
        `Environment ${env.name} uses self-managed provisioning: omit protonServiceRoleArn and environmentAccountConnectionId.`,
      );
    }
  } else if (input.provisioningRepository !== undefined) {
    throw invalid(`Environment ${env.name} uses AWS-managed provisioning: omit provisioningRepository.`);
  }
  if (connectionId !== undefined) {
    if (env.environmentAccountConnectionId === undefined) {
      throw invalid(`Environment ${env.name} isn't associated with an environment account connection.`);
    }
    const connection = ctx.state.proton.connections.get(connectionId);
    if (connection === undefined)
      throw protonError("ResourceNotFoundException", `The environment account connection ${connectionId} was not found.`);
    if (connection.environmentAccountId !== env.environmentAccountId) {
      throw invalid(`Environment account connection ${connectionId} was created in another environment account.`);
    }
  }
  if (roleArn !== undefined) {
    if (env.environmentAccountConnectionId !== undefined) {
      throw invalid(`Environment ${env.name} is associated with an environment account connection: don't update protonServiceRoleArn.`);
    }
    checkRole(roleArn, "protonServiceRoleArn", ctx.account);
  }
  if (input.componentRoleArn !== undefined) checkRole(input.componentRoleArn, "componentRoleArn", env.environmentAccountId ?? ctx.account);
  if (input.codebuildRoleArn !== undefined) checkRole(input.codebuildRoleArn, "codebuildRoleArn", env.environmentAccountId ?? ctx.account);
}

/** A role must be an IAM role ARN; one in another account cannot be passed to Proton (AccessDenied). */
function checkRole(arn: string, member: string, account: string): void {
  const m = ROLE_ARN.exec(arn);
  if (m === null) throw invalid(`${member} ${arn} is not a valid IAM role ARN.`);
  if (m[1] !== account) throw protonError("AccessDeniedException", `AWS Proton isn't allowed to pass role ${arn} of account ${m[1]}.`);
}

/** Resolves the template version a deployment moves to, enforcing the deployment type's rules. */
function targetVersion(env: Environment, template: EnvironmentTemplate, input: UpdateEnvironmentInput): [string, string] {
  const { templateMajorVersion: major, templateMinorVersion: minor } = input;
  switch (input.deploymentType) {
    case "NONE":
    case "CURRENT_VERSION":
      if (major !== undefined || minor !== undefined) {
        throw invalid(`Don't include templateMajorVersion or templateMinorVersion with deploymentType ${input.deploymentType}.`);
      }
      return [env.templateMajorVersion, env.templateMinorVersion];
    case "MINOR_VERSION":
      if (major !== undefined && major !== env.templateMajorVersion) {
        throw invalid(`With MINOR_VERSION, templateMajorVersion must be the major version in use (${env.templateMajorVersion}).`);
      }
      return published(template, env.templateMajorVersion, minor);
    case "MAJOR_VERSION":
      if (major !== undefined && Number(major) <= Number(env.templateMajorVersion)) {
        throw invalid(
          `With MAJOR_VERSION, templateMajorVersion must be higher than the major version in use (${env.templateMajorVersion}).`,
        );
      }
      return published(template, major ?? template.recommendedMajor, minor);
  }
}

function published(template: EnvironmentTemplate, major: string, minor: string | undefined): [string, string] {
  const minors = template.versions.get(major) ?? [];
  const chosen = minor ?? minors[minors.length - 1];
  if (chosen === undefined || !minors.includes(chosen)) {
    throw protonError(
      "ResourceNotFoundException",
      `Version ${major}.${minor ?? "(recommended)"} of environment template ${template.name} was not found.`,
    );
  }
  return [major, chosen];
}
