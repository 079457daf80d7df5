$version: "2"

namespace com.amazonaws.proton

/// Update an environment.
///
/// If the environment is associated with an environment account connection, don't update
/// or include the `protonServiceRoleArn` and `provisioningRepository` parameter to update or
/// connect to an environment account connection.
///
/// You can only update to a new environment account connection if that connection was
/// created in the same environment account that the current environment account connection
/// was created in. The account connection must also be associated with the current
/// environment.
///
/// If the environment isn't associated with an environment account connection, don't update
/// or include the `environmentAccountConnectionId` parameter. You can't update or connect the
/// environment to an environment account connection if it isn't already associated with an
/// environment connection.
///
/// You can update either the `environmentAccountConnectionId` or `protonServiceRoleArn`
/// parameter and value. You can't update both.
///
/// If the environment was configured for AWS-managed provisioning, omit the
/// `provisioningRepository` parameter.
///
/// If the environment was configured for self-managed provisioning, specify the
/// `provisioningRepository` parameter and omit the `protonServiceRoleArn` and
/// `environmentAccountConnectionId` parameters.
///
/// For more information, see Environments and Provisioning methods in the AWS Proton
/// Administrator Guide.
///
/// There are four modes for updating an environment. The `deploymentType` field defines
/// the mode:
///
/// - `NONE`: a deployment doesn't occur. Only the requested metadata parameters are updated.
/// - `CURRENT_VERSION`: the environment is deployed and updated with the new spec that you
///   provide. Only requested parameters are updated. Don't include minor or major version
///   parameters when you use this deployment type.
/// - `MINOR_VERSION`: the environment is deployed and updated with the published,
///   recommended (latest) minor version of the current major version in use, by default.
///   You can also specify a different minor version of the current major version in use.
/// - `MAJOR_VERSION`: the environment is deployed and updated with the published,
///   recommended (latest) major and minor version of the current template, by default. You
///   can also specify a different major version that's higher than the major version in use
///   and a minor version.
operation UpdateEnvironment {
    input: UpdateEnvironmentInput
    output: UpdateEnvironmentOutput
    errors: [
        AccessDeniedException
        ConflictException
        InternalServerException
        ResourceNotFoundException
        ThrottlingException
        ValidationException
    ]
}

/// Input of UpdateEnvironment.
@input
structure UpdateEnvironmentInput {
    /// The name of the environment to update.
    @required
    name: ResourceName

    /// A description of the environment update.
    description: Description

    /// The formatted specification that defines the update.
    spec: SpecContents

    /// The major version of the environment to update.
    templateMajorVersion: TemplateVersionPart

    /// The minor version of the environment to update.
    templateMinorVersion: TemplateVersionPart

    /// The Amazon Resource Name (ARN) of the AWS Proton service role that allows AWS Proton
    /// to make API calls to other services your behalf.
    protonServiceRoleArn: Arn

    /// There are four modes for updating an environment. The `deploymentType` field defines
    /// the mode:
    ///
    /// - `NONE`: a deployment doesn't occur. Only the requested metadata parameters are
    ///   updated.
    /// - `CURRENT_VERSION`: the environment is deployed and updated with the new spec that
    ///   you provide. Only requested parameters are updated. Don't include major or minor
    ///   version parameters when you use this deployment type.
    /// - `MINOR_VERSION`: the environment is deployed and updated with the published,
    ///   recommended (latest) minor version of the current major version in use, by default.
    ///   You can also specify a different minor version of the current major version in use.
    /// - `MAJOR_VERSION`: the environment is deployed and updated with the published,
    ///   recommended (latest) major and minor version of the current template, by default.
    ///   You can also specify a different major version that is higher than the major
    ///   version in use and a minor version (optional).
    @required
    deploymentType: DeploymentUpdateType

    /// The ID of the environment account connection.
    ///
    /// You can only update to a new environment account connection if it was created in the
    /// same environment account that the current environment account connection was created
    /// in and is associated with the current environment.
    environmentAccountConnectionId: EnvironmentAccountConnectionId

    /// The infrastructure repository that you use to host your rendered infrastructure
    /// templates for self-managed provisioning.
    provisioningRepository: RepositoryBranchInput

    /// The Amazon Resource Name (ARN) of the IAM service role that AWS Proton uses when
    /// provisioning directly defined components in this environment. It determines the
    /// scope of infrastructure that a component can provision.
    ///
    /// The environment must have a `componentRoleArn` to allow directly defined components
    /// to be associated with the environment.
    ///
    /// For more information about components, see AWS Proton components in the AWS Proton
    /// Administrator Guide.
    componentRoleArn: RoleArn

    /// The Amazon Resource Name (ARN) of the IAM service role that allows AWS Proton to
    /// provision infrastructure using CodeBuild-based provisioning on your behalf.
    codebuildRoleArn: RoleArn
}

/// Output of UpdateEnvironment.
@output
structure UpdateEnvironmentOutput {
    /// The environment detail data that's returned by AWS Proton.
    @required
    environment: Environment
}
