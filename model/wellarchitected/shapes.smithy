$version: "2"

namespace com.amazonaws.wellarchitected

/// The ID assigned to a workload. This ID is unique within an AWS Region.
@length(min: 32, max: 32)
@pattern("^[0-9a-f]{32}$")
string WorkloadId

/// The profile ARN.
@length(min: 0, max: 2084)
@pattern("^arn:aws[-a-z]*:wellarchitected:[a-z]{2}(-gov)?-[a-z]+-\\d:\\d{12}:profile/[a-z0-9]+$")
string ProfileArn

/// The name of the milestone in a workload. Milestone names must be unique within a workload.
@length(min: 3, max: 100)
string MilestoneName

/// A unique case-sensitive string used to ensure that a request is idempotent (executes
/// only once). The SDKs generate one when it is not given.
@length(min: 1, max: 2048)
string ClientRequestToken

/// The AWS account ID or IAM role with which the workload is shared.
@length(min: 12, max: 2048)
string SharedWith

/// The ID associated with the workload share.
@pattern("^[0-9a-f]{32}$")
string ShareId

/// Permission granted on a workload share.
enum PermissionType {
    READONLY
    CONTRIBUTOR
}
