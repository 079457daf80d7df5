$version: "2"

namespace com.amazonaws.codeguruprofiler

use aws.api#service
use aws.auth#sigv4
use aws.protocols#restJson1

/// Amazon CodeGuru Profiler collects runtime performance data from live applications and
/// recommends how to improve their performance.
///
/// Only the operations this project generates a client for are modelled here.
@title("Amazon CodeGuru Profiler")
@service(
    sdkId: "CodeGuruProfiler"
    arnNamespace: "codeguru-profiler"
    cloudFormationName: "CodeGuruProfiler"
    cloudTrailEventSource: "codeguru-profiler.amazonaws.com"
    endpointPrefix: "codeguru-profiler"
)
@sigv4(name: "codeguru-profiler")
@restJson1
service CodeGuruProfiler {
    version: "2019-07-18"
    operations: [
        CreateProfilingGroup
    ]
}
