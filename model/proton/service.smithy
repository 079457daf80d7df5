$version: "2"

namespace com.amazonaws.proton

use aws.api#service
use aws.auth#sigv4
use aws.protocols#awsJson1_0

/// AWS Proton automates infrastructure provisioning and deployment tooling: administrators
/// publish environment and service templates, and developers deploy their services with them.
///
/// Only the operations this project generates a client for are modelled here. The shape
/// name is the `X-Amz-Target` prefix of the awsJson1_0 protocol.
@title("AWS Proton")
@service(sdkId: "Proton", endpointPrefix: "proton")
@sigv4(name: "proton")
@awsJson1_0
service AwsProton20200720 {
    version: "2020-07-20"
    operations: [
        UpdateEnvironment
    ]
}
