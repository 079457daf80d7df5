$version: "2"

// Our own minimal copy of the AWS authentication trait that the service models in
// this folder use (the generator loads `model/` without the Smithy AWS traits package).
namespace aws.auth

/// Requests to the service are signed with AWS Signature Version 4.
@authDefinition
@trait(selector: "service")
structure sigv4 {
    /// The signing name placed in the credential scope of each signature
    /// (for example `wellarchitected` or `codeguru-profiler`).
    @required
    @length(min: 1)
    name: String
}
