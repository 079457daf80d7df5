/** A linked repository for self-managed provisioning. */
export interface RepositoryBranch {
  readonly arn: string;
  readonly branch: string;
  readonly name: string;
  readonly provider: "GITHUB" | "GITHUB_ENTERPRISE" | "BITBUCKET";
}

/** A Proton environment. Timestamps are epoch milliseconds here and formatted on output. */
export interface Environment {
  readonly name: string;
  readonly arn: string;
  readonly templateName: string;
  templateMajorVersion: string;
  templateMinorVersion: string;
  deploymentStatus:
    | "IN_PROGRESS"
    | "FAILED"
    | "SUCCEEDED"
    | "DELETE_IN_PROGRESS"
    | "DELETE_FAILED"
    | "DELETE_COMPLETE"
    | "CANCELLING"
    | "CANCELLED";
  deploymentStatusMessage?: string;
  description?: string;
  spec?: string;
  protonServiceRoleArn?: string;
  componentRoleArn?: string;
  codebuildRoleArn?: string;
  /** The ID of the last deployment attempted, and of the last one that succeeded. */
  lastAttemptedDeploymentId?: string;
  lastSucceededDeploymentId?: string;
  environmentAccountConnectionId?: string;
  environmentAccountId?: string;
  /** Set for self-managed provisioning. */
  provisioning?: "CUSTOMER_MANAGED";
  provisioningRepository?: RepositoryBranch;
  readonly createdAt: number;
  lastDeploymentAttemptedAt: number;
  lastDeploymentSucceededAt: number;
}

/** An environment template: major version → published minor versions (the last one is the recommended minor). */
export interface EnvironmentTemplate {
  readonly name: string;
  readonly versions: ReadonlyMap<string, readonly string[]>;
  readonly recommendedMajor: string;
}

/** An environment account connection. */
export interface AccountConnection {
  readonly id: string;
  readonly environmentAccountId: string;
  readonly environmentName: string;
}

/** Proton in memory: environments, their templates and account connections. */
export class ProtonState {
  readonly environments = new Map<string, Environment>();
  readonly templates = new Map<string, EnvironmentTemplate>();
  readonly connections = new Map<string, AccountConnection>();

  /** Adds (or replaces) an environment. */
  addEnvironment(env: Environment): Environment {
    this.environments.set(env.name, env);
    return env;
  }

  /** Adds (or replaces) a template from `{ "1": ["0", "1"], ... }`; the highest major is recommended unless told. */
  addTemplate(name: string, versions: Readonly<Record<string, readonly string[]>>, recommendedMajor?: string): EnvironmentTemplate {
    const majors = Object.keys(versions).sort((a, b) => Number(a) - Number(b));
    const template: EnvironmentTemplate = {
      name,
      versions: new Map(Object.entries(versions)),
      recommendedMajor: recommendedMajor ?? majors[majors.length - 1] ?? "1",
    };
    this.templates.set(name, template);
    return template;
  }

  /** Adds (or replaces) an environment account connection. */
  addConnection(connection: AccountConnection): AccountConnection {
    this.connections.set(connection.id, connection);
    return connection;
  }
}
