$version: "2"

namespace com.amazonaws.imagebuilder

/// The current state of an impacted resource.
structure ResourceState {
    /// Shows the current lifecycle policy action that was applied to an impacted resource.
    status: ResourceStatus
}

/// A lifecycle state of an image resource.
enum ResourceStatus {
    AVAILABLE
    DELETED
    DEPRECATED
    DISABLED
}

/// Specifies if the lifecycle policy should apply actions to selected resources.
structure ResourceStateUpdateIncludeResources {
    /// Specifies whether the lifecycle action should apply to distributed AMIs.
    amis: Boolean = false

    /// Specifies whether the lifecycle action should apply to snapshots associated with
    /// distributed AMIs.
    snapshots: Boolean = false

    /// Specifies whether the lifecycle action should apply to distributed containers.
    containers: Boolean = false
}

/// Additional rules to specify resources that should be exempt from ad-hoc lifecycle
/// actions.
structure ResourceStateUpdateExclusionRules {
    /// Criteria for AMIs that are excluded from the lifecycle action.
    amis: LifecyclePolicyDetailExclusionRulesAmis
}

/// Defines criteria for AMIs that are excluded from lifecycle actions.
structure LifecyclePolicyDetailExclusionRulesAmis {
    /// Configures whether public AMIs are excluded from the lifecycle action.
    isPublic: Boolean = false

    /// Configures AWS Regions that are excluded from the lifecycle action.
    regions: StringList

    /// Specifies AWS accounts whose resources are excluded from the lifecycle action.
    sharedAccounts: AccountList

    /// Specifies configuration details for Image Builder to exclude the most recent
    /// resources from lifecycle actions.
    lastLaunched: LifecyclePolicyDetailExclusionRulesAmisLastLaunched

    /// Lists tags that should be excluded from lifecycle actions for the AMIs that have
    /// them.
    tagMap: TagMap
}

/// Defines criteria to exclude AMIs from lifecycle actions based on the last time they were
/// used to launch an instance.
structure LifecyclePolicyDetailExclusionRulesAmisLastLaunched {
    /// The integer number of units for the time period. For example `6` (months).
    @required
    value: LifecyclePolicyDetailExclusionRulesAmisLastLaunchedValue

    /// Defines the unit of time that the lifecycle policy uses to calculate elapsed time
    /// since the last instance launched from the AMI. For example: days, weeks, months, or
    /// years.
    @required
    unit: LifecyclePolicyTimeUnit
}

/// A number of time units.
@range(min: 1, max: 365)
integer LifecyclePolicyDetailExclusionRulesAmisLastLaunchedValue

/// A unit of time for lifecycle policy rules.
enum LifecyclePolicyTimeUnit {
    DAYS
    WEEKS
    MONTHS
    YEARS
}

/// A boolean that is `false` unless set (the service model's own `Boolean` shape, which
/// carries a default).
@default(false)
boolean Boolean

/// A list of non-empty strings.
list StringList {
    member: NonEmptyString
}

/// A non-empty string of at most 1024 characters.
@length(min: 1, max: 1024)
string NonEmptyString

/// A list of AWS account IDs.
@length(min: 1, max: 1536)
list AccountList {
    member: AccountId
}

/// An AWS account ID.
@pattern("^[0-9]{12}$")
string AccountId

/// Tags as key-value pairs.
@length(min: 1, max: 50)
map TagMap {
    key: TagKey
    value: TagValue
}

/// A tag key; keys starting with `aws:` are reserved.
@length(min: 1, max: 128)
@pattern("^(?!aws:)[a-zA-Z+-=._:/]+$")
string TagKey

/// A tag value.
@length(min: 0, max: 256)
string TagValue

/// The ARN of an Image Builder image build version.
@pattern("^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?):image/[a-z0-9-_]+/[0-9]+\\.[0-9]+\\.[0-9]+/[0-9]+$")
string ImageBuildVersionArn

/// The name or Amazon Resource Name (ARN) of an IAM role.
@length(min: 1, max: 2048)
@pattern("^(?:arn:aws(?:-[a-z]+)*:iam::[0-9]{12}:role/)?[a-zA-Z_0-9+=,.@\\-_/]+$")
string RoleNameOrArn

/// Identifies a lifecycle runtime instance.
@pattern("^lce-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
string LifecycleExecutionId

/// Unique, case-sensitive identifier that makes a request idempotent.
@length(min: 1, max: 36)
string ClientToken

/// A point in time; sent in the protocol's default format (epoch seconds for restJson1).
timestamp DateTimeTimestamp
