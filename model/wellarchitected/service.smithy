$version: "2"

namespace com.amazonaws.wellarchitected

use aws.api#service
use aws.auth#sigv4
use aws.protocols#restJson1

/// The AWS Well-Architected Tool API gives programmatic access to the Well-Architected
/// Tool: workloads, their lens reviews, milestones, profiles and shares.
///
/// Only the operations this project generates a client for are modelled here.
@title("AWS Well-Architected Tool")
@service(
    sdkId: "WellArchitected"
    arnNamespace: "wellarchitected"
    cloudFormationName: "WellArchitected"
    cloudTrailEventSource: "wellarchitected.amazonaws.com"
    endpointPrefix: "wellarchitected"
)
@sigv4(name: "wellarchitected")
@restJson1
service WellArchitectedApiServiceLambda {
    version: "2020-03-31"
    operations: [
        CreateWorkloadShare
        UpgradeProfileVersion
    ]
}
