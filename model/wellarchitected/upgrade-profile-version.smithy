$version: "2"

namespace com.amazonaws.wellarchitected

/// Upgrade a profile.
@http(method: "PUT", uri: "/workloads/{WorkloadId}/profiles/{ProfileArn}/upgrade", code: 200)
operation UpgradeProfileVersion {
    input: UpgradeProfileVersionInput
    output: Unit
    errors: [
        AccessDeniedException
        ConflictException
        InternalServerException
        ResourceNotFoundException
        ServiceQuotaExceededException
        ThrottlingException
        ValidationException
    ]
}

/// Input for Upgrade Profile Version.
@input
structure UpgradeProfileVersionInput {
    /// The ID assigned to the workload. This ID is unique within an AWS Region.
    @httpLabel
    @required
    WorkloadId: WorkloadId

    /// The profile ARN.
    @httpLabel
    @required
    ProfileArn: ProfileArn

    /// The name of the milestone in a workload.
    ///
    /// Milestone names must be unique within a workload.
    MilestoneName: MilestoneName

    /// A unique case-sensitive string used to ensure that this request is idempotent
    /// (executes only once).
    ///
    /// You should not reuse the same token for other requests. If you retry a request with
    /// the same client request token and the same parameters after the original request has
    /// completed successfully, the result of the original request is returned.
    ///
    /// This token is listed as required, however, if you do not specify it, the AWS SDKs
    /// automatically generate one for you. If you are not using the AWS SDK or the AWS CLI,
    /// you must provide this token or the request will fail.
    @idempotencyToken
    ClientRequestToken: ClientRequestToken
}
