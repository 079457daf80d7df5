$version: "2"

namespace com.amazonaws.proton

/// Detailed data of an AWS Proton environment resource. An AWS Proton environment is a set
/// of resources shared across AWS Proton services.
structure Environment {
    /// The name of the environment.
    @required
    name: ResourceName

    /// The description of the environment.
    description: Description

    /// The time when the environment was created.
    @required
    createdAt: Timestamp

    /// The time when a deployment of the environment was last attempted.
    @required
    lastDeploymentAttemptedAt: Timestamp

    /// The time when the environment was last deployed successfully.
    @required
    lastDeploymentSucceededAt: Timestamp

    /// The Amazon Resource Name (ARN) of the environment.
    @required
    arn: EnvironmentArn

    /// The name of the environment template.
    @required
    templateName: ResourceName

    /// The major version of the environment template.
    @required
    templateMajorVersion: TemplateVersionPart

    /// The minor version of the environment template.
    @required
    templateMinorVersion: TemplateVersionPart

    /// The environment deployment status.
    @required
    deploymentStatus: DeploymentStatus

    /// An environment deployment status message.
    deploymentStatusMessage: StatusMessage

    /// The Amazon Resource Name (ARN) of the AWS Proton service role that allows AWS Proton
    /// to make calls to other services on your behalf.
    protonServiceRoleArn: Arn

    /// The ID of the environment account connection that's used to provision infrastructure
    /// resources in an environment account.
    environmentAccountConnectionId: EnvironmentAccountConnectionId

    /// The ID of the environment account that the environment infrastructure resources are
    /// provisioned in.
    environmentAccountId: AwsAccountId

    /// The environment spec.
    spec: SpecContents

    /// When included, indicates that the environment template is for customer provisioned
    /// and managed infrastructure.
    provisioning: Provisioning

    /// The linked repository that you use to host your rendered infrastructure templates for
    /// self-managed provisioning. A linked repository is a repository that has been
    /// registered with AWS Proton.
    provisioningRepository: RepositoryBranch

    /// The Amazon Resource Name (ARN) of the IAM service role that AWS Proton uses when
    /// provisioning directly defined components in this environment. It determines the
    /// scope of infrastructure that a component can provision.
    componentRoleArn: RoleArn

    /// The Amazon Resource Name (ARN) of the IAM service role that allows AWS Proton to
    /// provision infrastructure using CodeBuild-based provisioning on your behalf.
    codebuildRoleArn: RoleArn

    /// The ID of the last attempted deployment of this environment.
    lastAttemptedDeploymentId: DeploymentId

    /// The ID of the last successful deployment of this environment.
    lastSucceededDeploymentId: DeploymentId
}

/// Detail data for a linked repository branch.
structure RepositoryBranch {
    /// The Amazon Resource Name (ARN) of the linked repository.
    @required
    arn: RepositoryArn

    /// The repository provider.
    @required
    provider: RepositoryProvider

    /// The repository name.
    @required
    name: RepositoryName

    /// The repository branch.
    @required
    branch: GitBranchName
}

/// Detail input data for a linked repository branch.
structure RepositoryBranchInput {
    /// The repository provider.
    @required
    provider: RepositoryProvider

    /// The repository name.
    @required
    name: RepositoryName

    /// The repository branch.
    @required
    branch: GitBranchName
}

/// The mode of an environment update; see the `deploymentType` member of
/// `UpdateEnvironmentInput`.
enum DeploymentUpdateType {
    NONE
    CURRENT_VERSION
    MINOR_VERSION
    MAJOR_VERSION
}

/// The status of a deployment.
enum DeploymentStatus {
    IN_PROGRESS
    FAILED
    SUCCEEDED
    DELETE_IN_PROGRESS
    DELETE_FAILED
    DELETE_COMPLETE
    CANCELLING
    CANCELLED
}

/// Marks a template as being for customer provisioned and managed infrastructure.
enum Provisioning {
    CUSTOMER_MANAGED
}

/// A source code repository provider.
enum RepositoryProvider {
    GITHUB
    GITHUB_ENTERPRISE
    BITBUCKET
}

/// The name of an AWS Proton resource.
@length(min: 1, max: 100)
@pattern("^[0-9A-Za-z]+[0-9A-Za-z_\\-]*$")
string ResourceName

/// A description; sensitive, so SDKs keep it out of logs.
@length(min: 0, max: 500)
@sensitive
string Description

/// A YAML-formatted resource specification; sensitive, so SDKs keep it out of logs.
@length(min: 1, max: 51200)
@mediaType("application/yaml")
@sensitive
string SpecContents

/// A major or minor template version number.
@length(min: 1, max: 20)
@pattern("^(0|([1-9]{1}\\d*))$")
string TemplateVersionPart

/// An Amazon Resource Name (ARN).
@length(min: 1, max: 200)
@pattern("^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\\d{12}:([\\w+=,.@-]+[/:])*[\\w+=,.@-]+$")
string Arn

/// The Amazon Resource Name (ARN) of an IAM role.
@length(min: 1, max: 2048)
@pattern("^arn:(aws|aws-cn|aws-us-gov):iam::\\d{12}:role/([\\w+=,.@-]{1,512}[/:])*([\\w+=,.@-]{1,64})$")
string RoleArn

/// The ID of a deployment.
@pattern("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
string DeploymentId

/// The ID of an environment account connection.
@pattern("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
string EnvironmentAccountConnectionId

/// An AWS account ID.
@pattern("^\\d{12}$")
string AwsAccountId

/// The Amazon Resource Name (ARN) of an environment.
string EnvironmentArn

/// The Amazon Resource Name (ARN) of a linked repository.
string RepositoryArn

/// A repository name, for example `myrepos/myrepo`.
@length(min: 1, max: 100)
@pattern("[A-Za-z0-9_.-].*/[A-Za-z0-9_.-].*")
string RepositoryName

/// A Git branch name.
@length(min: 1, max: 200)
string GitBranchName

/// A status message; sensitive, so SDKs keep it out of logs.
@sensitive
string StatusMessage
