$version: "2"

namespace com.amazonaws.proton

/// There isn't sufficient access for performing this action.
@error("client")
@httpError(403)
structure AccessDeniedException {
    @required
    message: ErrorMessage
}

/// The request couldn't be made due to a conflicting operation or resource.
@error("client")
@httpError(409)
structure ConflictException {
    @required
    message: ErrorMessage
}

/// The request failed to register with the service.
@error("server")
@httpError(500)
@retryable
structure InternalServerException {
    @required
    message: ErrorMessage
}

/// The requested resource wasn't found.
@error("client")
@httpError(404)
structure ResourceNotFoundException {
    @required
    message: ErrorMessage
}

/// The request was denied due to request throttling.
@error("client")
@httpError(429)
@retryable(throttling: true)
structure ThrottlingException {
    @required
    message: ErrorMessage
}

/// The input is invalid or an out-of-range value was supplied for the input parameter.
@error("client")
@httpError(400)
structure ValidationException {
    @required
    message: ErrorMessage
}

/// An error message; sensitive, so SDKs keep it out of logs.
@sensitive
string ErrorMessage
