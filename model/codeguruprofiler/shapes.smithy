$version: "2"

namespace com.amazonaws.codeguruprofiler

/// Contains information about a profiling group.
structure ProfilingGroupDescription {
    /// The name of the profiling group.
    name: ProfilingGroupName

    /// An `AgentOrchestrationConfig` object that indicates if the profiling group is enabled
    /// for profiling or not.
    agentOrchestrationConfig: AgentOrchestrationConfig

    /// The Amazon Resource Name (ARN) identifying the profiling group resource.
    arn: ProfilingGroupArn

    /// The time when the profiling group was created, in ISO 8601 format (for example
    /// `2020-06-01T13:15:02.001Z`).
    createdAt: Timestamp

    /// The date and time when the profiling group was last updated, in ISO 8601 format.
    updatedAt: Timestamp

    /// A `ProfilingStatus` object that includes information about the last time a profile
    /// agent pinged back, the last time a profile was received, and the aggregation period
    /// and start time for the most recent aggregated profile.
    profilingStatus: ProfilingStatus

    /// The compute platform of the profiling group. `AWSLambda` means the profiled
    /// application runs on AWS Lambda; `Default` means it runs elsewhere, such as an Amazon
    /// EC2 instance or an on-premises server. The default is `Default`.
    computePlatform: ComputePlatform

    /// A list of the tags that belong to this profiling group.
    tags: TagsMap
}

/// Specifies whether profiling is enabled or disabled for a profiling group.
structure AgentOrchestrationConfig {
    /// A `Boolean` that specifies whether the profiling agent collects profiling data or
    /// not. Set to `true` to enable profiling.
    @required
    profilingEnabled: Boolean
}

/// Information about the last time a profile agent pinged back, the last time a profile
/// was received, and the aggregation period and start time for the most recent aggregated
/// profile.
structure ProfilingStatus {
    /// The date and time when the most recent profile was received, in ISO 8601 format.
    latestAgentProfileReportedAt: Timestamp

    /// An `AggregatedProfileTime` object that contains the aggregation period and start
    /// time for an aggregated profile.
    latestAggregatedProfile: AggregatedProfileTime

    /// The date and time when the profiling agent most recently pinged back, in ISO 8601
    /// format.
    latestAgentOrchestratedAt: Timestamp
}

/// The aggregation period and aggregation start time of an aggregated profile. An
/// aggregated profile collects posted agent profiles during an aggregation period of
/// 1 day, 1 hour or 5 minutes.
structure AggregatedProfileTime {
    /// The time that aggregation of posted agent profiles for a profiling group starts, in
    /// ISO 8601 format.
    start: Timestamp

    /// The aggregation period: `P1D` (1 day), `PT1H` (1 hour) or `PT5M` (5 minutes).
    period: AggregationPeriod
}

/// An aggregation period, as an ISO 8601 duration.
enum AggregationPeriod {
    /// Period of five minutes.
    PT5M

    /// Period of one hour.
    PT1H

    /// Period of one day.
    P1D
}

/// The compute platform of a profiling group.
enum ComputePlatform {
    /// Any compute platform other than AWS Lambda (EC2, Fargate, on-premises servers...).
    DEFAULT = "Default"

    /// AWS Lambda.
    AWSLAMBDA = "AWSLambda"
}

/// The name of a profiling group.
@length(min: 1, max: 255)
@pattern("^[\\w-]+$")
string ProfilingGroupName

/// The Amazon Resource Name (ARN) of a profiling group.
string ProfilingGroupArn

/// A client token that makes a create request idempotent.
@length(min: 1, max: 64)
@pattern("^[\\w-]+$")
string ClientToken

/// Tags as key-value pairs.
map TagsMap {
    key: String
    value: String
}

/// A point in time; CodeGuru Profiler sends and expects ISO 8601 date-time strings.
@timestampFormat("date-time")
timestamp Timestamp
