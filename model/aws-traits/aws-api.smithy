$version: "2"

// Our own minimal copy of the `aws.api#service` trait that the service models in this
// folder use (the generator loads `model/` without the Smithy AWS traits package).
namespace aws.api

/// Describes an AWS service: the identifier SDKs derive client names from, and the
/// names the service goes by in endpoints, ARNs, CloudFormation and CloudTrail.
@trait(selector: "service")
structure service {
    /// Stable SDK service identifier; client class names are derived from it
    /// (for example `WellArchitected` gives `WellArchitectedClient`).
    @required
    sdkId: String

    /// The service part of ARNs for resources of this service.
    arnNamespace: ArnNamespace

    /// The service part of CloudFormation resource type names (`AWS::<name>::...`).
    cloudFormationName: CloudFormationName

    /// The `eventSource` value of CloudTrail records emitted by the service.
    cloudTrailEventSource: String

    /// Identifier used to link service and SDK documentation.
    docId: String

    /// The host label that selects the service endpoint, as in
    /// `{endpointPrefix}.{region}.amazonaws.com`. Not a stable identifier.
    endpointPrefix: String

    /// The CloudWatch namespace most metrics of the service are published in.
    cloudWatchNamespace: String
}

/// An ARN service namespace: lowercase letters, digits, dots and dashes.
@private
@pattern("^[a-z0-9.\\-]{1,63}$")
string ArnNamespace

/// A CloudFormation service name: an uppercase letter followed by letters and digits.
@private
@pattern("^[A-Z][A-Za-z0-9]+$")
string CloudFormationName
