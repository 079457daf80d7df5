$version: "2"

namespace com.amazonaws.codeguruprofiler

/// The requested operation would cause a conflict with the current state of a service
/// resource associated with the request. Resolve the conflict before retrying this request.
@error("client")
@httpError(409)
structure ConflictException {
    @required
    message: String
}

/// The server encountered an internal error and is unable to complete the request.
@error("server")
@httpError(500)
@retryable
structure InternalServerException {
    @required
    message: String
}

/// You have exceeded your service quota. To perform the requested action, remove some of
/// the relevant resources, or use Service Quotas to request a service quota increase.
@error("client")
@httpError(402)
@retryable
structure ServiceQuotaExceededException {
    @required
    message: String
}

/// The request was denied due to request throttling.
@error("client")
@httpError(429)
@retryable
structure ThrottlingException {
    @required
    message: String
}

/// The parameter is not valid.
@error("client")
@httpError(400)
structure ValidationException {
    @required
    message: String
}
