$version: "2"

namespace com.amazonaws.imagebuilder

/// Begin asynchronous resource state update for lifecycle changes to the specified image
/// resources.
@http(method: "PUT", uri: "/StartResourceStateUpdate", code: 200)
operation StartResourceStateUpdate {
    input: StartResourceStateUpdateRequest
    output: StartResourceStateUpdateResponse
    errors: [
        CallRateLimitExceededException
        ClientException
        ForbiddenException
        IdempotentParameterMismatchException
        InvalidRequestException
        ResourceInUseException
        ResourceNotFoundException
        ServiceException
        ServiceUnavailableException
    ]
}

/// Input of StartResourceStateUpdate.
@input
structure StartResourceStateUpdateRequest {
    /// The ARN of the Image Builder resource that is updated. The state update might also
    /// impact associated resources.
    @required
    resourceArn: ImageBuildVersionArn

    /// Indicates the lifecycle action to take for this request.
    @required
    state: ResourceState

    /// The name or Amazon Resource Name (ARN) of the IAM role that's used to update image
    /// state.
    executionRole: RoleNameOrArn

    /// A list of image resources to update state for.
    includeResources: ResourceStateUpdateIncludeResources

    /// Skip action on the image resource and associated resources if specified exclusion
    /// rules are met.
    exclusionRules: ResourceStateUpdateExclusionRules

    /// The timestamp that indicates when resources are updated by a lifecycle action.
    updateAt: DateTimeTimestamp

    /// Unique, case-sensitive identifier you provide to ensure idempotency of the request.
    /// For more information, see Ensuring idempotency in the Amazon EC2 API Reference.
    @idempotencyToken
    @required
    clientToken: ClientToken
}

/// Output of StartResourceStateUpdate.
@output
structure StartResourceStateUpdateResponse {
    /// Identifies the lifecycle runtime instance that started the resource state update.
    lifecycleExecutionId: LifecycleExecutionId

    /// The requested ARN of the Image Builder resource for the asynchronous update.
    resourceArn: ImageBuildVersionArn
}
