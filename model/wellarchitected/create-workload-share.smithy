$version: "2"

namespace com.amazonaws.wellarchitected

/// Create a workload share.
///
/// The owner of a workload can share it with other AWS accounts and IAM users in the same
/// AWS Region. Shared access to a workload is not removed until the workload invitation is
/// deleted.
///
/// For more information, see Sharing a Workload in the AWS Well-Architected Tool User Guide.
@http(method: "POST", uri: "/workloads/{WorkloadId}/shares", code: 200)
operation CreateWorkloadShare {
    input: CreateWorkloadShareInput
    output: CreateWorkloadShareOutput
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

/// Input for Create Workload Share.
@input
structure CreateWorkloadShareInput {
    /// The ID assigned to the workload. This ID is unique within an AWS Region.
    @httpLabel
    @required
    WorkloadId: WorkloadId

    /// The AWS account ID or IAM role with which the workload is shared.
    @clientOptional
    @required
    SharedWith: SharedWith

    /// Permission granted on a workload share.
    @clientOptional
    @required
    PermissionType: PermissionType

    /// A unique case-sensitive string used to ensure that this request is idempotent
    /// (executes only once).
    ///
    /// You should not reuse the same token for other requests. If you retry a request with
    /// the same client request token and the same parameters after it has completed
    /// successfully, the result of the original request is returned.
    ///
    /// This token is listed as required, however, if you do not specify it, the AWS SDKs
    /// automatically generate one for you. If you are not using the AWS SDK or the AWS CLI,
    /// you must provide this token or the request will fail.
    @clientOptional
    @idempotencyToken
    @required
    ClientRequestToken: ClientRequestToken
}

/// Output of Create Workload Share.
@output
structure CreateWorkloadShareOutput {
    /// The ID assigned to the workload. This ID is unique within an AWS Region.
    WorkloadId: WorkloadId

    /// The ID associated with the workload share.
    ShareId: ShareId
}
