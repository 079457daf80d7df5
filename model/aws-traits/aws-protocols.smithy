$version: "2"

// Our own minimal copy of the AWS protocol traits that the service models in this
// folder use. The generator loads `model/` on its own, so it cannot reach the full
// definitions that ship with the Smithy AWS traits package.
namespace aws.protocols

/// Marks a service as speaking the AWS restJson1 protocol: requests and responses are
/// bound to HTTP with the HTTP binding traits, and structured bodies are JSON documents.
@protocolDefinition(
    traits: [
        smithy.api#cors
        smithy.api#endpoint
        smithy.api#hostLabel
        smithy.api#http
        smithy.api#httpError
        smithy.api#httpHeader
        smithy.api#httpLabel
        smithy.api#httpPayload
        smithy.api#httpPrefixHeaders
        smithy.api#httpQuery
        smithy.api#httpQueryParams
        smithy.api#httpResponseCode
        smithy.api#jsonName
        smithy.api#timestampFormat
    ]
)
@trait(selector: "service")
structure restJson1 {
    /// HTTP protocol versions the service supports, most preferred first.
    http: StringList

    /// HTTP protocol versions required for event streams; defaults to `http` when absent.
    eventStreamHttp: StringList
}

/// Marks a service as speaking the AWS JSON 1.0 protocol: every request is a `POST` to
/// `/` whose `X-Amz-Target` header names `<ServiceShapeName>.<OperationName>`, with the
/// input and output serialized as JSON documents. HTTP binding traits are ignored.
@protocolDefinition(
    traits: [
        smithy.api#cors
        smithy.api#endpoint
        smithy.api#hostLabel
        smithy.api#timestampFormat
    ]
)
@trait(selector: "service")
structure awsJson1_0 {
    /// HTTP protocol versions the service supports, most preferred first.
    http: StringList

    /// HTTP protocol versions required for event streams; defaults to `http` when absent.
    eventStreamHttp: StringList
}

/// Marks a service as speaking the AWS JSON 1.1 protocol: as AWS JSON 1.0, but with the
/// Content-Type `application/x-amz-json-1.1` (and servers name errors by shape name only).
@protocolDefinition(
    traits: [
        smithy.api#cors
        smithy.api#endpoint
        smithy.api#hostLabel
        smithy.api#timestampFormat
    ]
)
@trait(selector: "service")
structure awsJson1_1 {
    /// HTTP protocol versions the service supports, most preferred first.
    http: StringList

    /// HTTP protocol versions required for event streams; defaults to `http` when absent.
    eventStreamHttp: StringList
}

/// A list of HTTP protocol version identifiers such as `http/1.1` or `h2`.
@private
list StringList {
    member: String
}
