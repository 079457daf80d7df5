$version: "2"

namespace com.amazonaws.imagebuilder

use aws.api#service
use aws.auth#sigv4
use aws.protocols#restJson1

/// EC2 Image Builder is a fully managed AWS service that automates the creation, management
/// and deployment of customized, secure and up-to-date server images.
///
/// Only the operations this project generates a client for are modelled here.
@title("EC2 Image Builder")
@service(
    sdkId: "imagebuilder"
    arnNamespace: "imagebuilder"
    cloudFormationName: "Imagebuilder"
    cloudTrailEventSource: "imagebuilder.amazonaws.com"
    endpointPrefix: "imagebuilder"
)
@sigv4(name: "imagebuilder")
@restJson1
service imagebuilder {
    version: "2019-12-02"
    operations: [
        StartResourceStateUpdate
    ]
}
