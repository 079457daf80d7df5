$version: "2"

namespace com.amazonaws.codeguruprofiler

/// Creates a profiling group.
@http(method: "POST", uri: "/profilingGroups", code: 201)
@idempotent
operation CreateProfilingGroup {
    input: CreateProfilingGroupRequest
    output: CreateProfilingGroupResponse
    errors: [
        ConflictException
        InternalServerException
        ServiceQuotaExceededException
        ThrottlingException
        ValidationException
    ]
}

/// The structure representing the CreateProfilingGroup request.
@input
structure CreateProfilingGroupRequest {
    /// The name of the profiling group to create.
    @required
    profilingGroupName: ProfilingGroupName

    /// The compute platform of the profiling group. Use `AWSLambda` if your application
    /// runs on AWS Lambda. Use `Default` if your application runs on a compute platform that
    /// is not AWS Lambda, such an Amazon EC2 instance, an on-premises server, or a different
    /// platform. If not specified, `Default` is used.
    computePlatform: ComputePlatform

    /// Amazon CodeGuru Profiler uses this universally unique identifier (UUID) to prevent
    /// the accidental creation of duplicate profiling groups if there are failures and
    /// retries.
    @httpQuery("clientToken")
    @idempotencyToken
    @required
    clientToken: ClientToken

    /// Specifies whether profiling is enabled or disabled for the created profiling group.
    agentOrchestrationConfig: AgentOrchestrationConfig

    /// A list of tags to add to the created profiling group.
    tags: TagsMap
}

/// The structure representing the CreateProfilingGroup response.
@output
structure CreateProfilingGroupResponse {
    /// The returned `ProfilingGroupDescription` object that contains information about the
    /// created profiling group. It is the whole response body.
    @httpPayload
    @required
    profilingGroup: ProfilingGroupDescription
}
