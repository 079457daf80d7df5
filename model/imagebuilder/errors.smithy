$version: "2"

namespace com.amazonaws.imagebuilder

/// You have exceeded the permitted request rate for the specific operation.
@error("client")
@httpError(429)
structure CallRateLimitExceededException {
    message: ErrorMessage
}

/// These errors are usually caused by a client action, such as using an action or resource
/// on behalf of a user that doesn't have permissions to use the action or resource, or
/// specifying an invalid resource identifier.
@error("client")
@httpError(400)
structure ClientException {
    message: ErrorMessage
}

/// You are not authorized to perform the requested operation.
@error("client")
@httpError(403)
structure ForbiddenException {
    message: ErrorMessage
}

/// You have specified a client token for an operation using parameter values that differ
/// from a previous request that used the same client token.
@error("client")
@httpError(400)
structure IdempotentParameterMismatchException {
    message: ErrorMessage
}

/// You have requested an action that that the service doesn't support.
@error("client")
@httpError(400)
structure InvalidRequestException {
    message: ErrorMessage
}

/// The resource that you are trying to operate on is currently in use. Review the message
/// details and retry later.
@error("client")
@httpError(400)
structure ResourceInUseException {
    message: ErrorMessage
}

/// At least one of the resources referenced by your request does not exist.
@error("client")
@httpError(404)
structure ResourceNotFoundException {
    message: ErrorMessage
}

/// This exception is thrown when the service encounters an unrecoverable exception.
@error("server")
@httpError(500)
structure ServiceException {
    message: ErrorMessage
}

/// The service is unable to process your request at this time.
@error("server")
@httpError(503)
structure ServiceUnavailableException {
    message: ErrorMessage
}

/// An error message.
string ErrorMessage
