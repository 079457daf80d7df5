$version: "2"

namespace com.amazonaws.wellarchitected

/// User does not have sufficient access to perform this action.
@error("client")
@httpError(403)
structure AccessDeniedException {
    @clientOptional
    @required
    Message: ExceptionMessage
}

/// The resource has already been processed, was deleted, or is too large.
@error("client")
@httpError(409)
structure ConflictException {
    @clientOptional
    @required
    Message: ExceptionMessage

    @clientOptional
    @required
    ResourceId: ExceptionResourceId

    @clientOptional
    @required
    ResourceType: ExceptionResourceType
}

/// There is a problem with the AWS Well-Architected Tool API service.
@error("server")
@httpError(500)
structure InternalServerException {
    @clientOptional
    @required
    Message: ExceptionMessage
}

/// The requested resource was not found.
@error("client")
@httpError(404)
structure ResourceNotFoundException {
    @clientOptional
    @required
    Message: ExceptionMessage

    @clientOptional
    @required
    ResourceId: ExceptionResourceId

    @clientOptional
    @required
    ResourceType: ExceptionResourceType
}

/// The user has reached their resource quota.
@error("client")
@httpError(402)
structure ServiceQuotaExceededException {
    @clientOptional
    @required
    Message: ExceptionMessage

    ResourceId: ExceptionResourceId

    ResourceType: ExceptionResourceType

    @clientOptional
    @required
    QuotaCode: QuotaCode

    @clientOptional
    @required
    ServiceCode: ServiceCode
}

/// Request was denied due to request throttling.
@error("client")
@httpError(429)
structure ThrottlingException {
    @clientOptional
    @required
    Message: ExceptionMessage

    QuotaCode: QuotaCode

    ServiceCode: ServiceCode
}

/// The user input is not valid.
@error("client")
@httpError(400)
structure ValidationException {
    @clientOptional
    @required
    Message: ExceptionMessage

    /// The reason why the request failed validation.
    Reason: ValidationExceptionReason

    /// The fields that caused the error, if applicable.
    Fields: ValidationExceptionFieldList
}

/// Stores information about a field passed inside a request that resulted in an exception.
structure ValidationExceptionField {
    /// The field name for which validation failed.
    @clientOptional
    @required
    Name: ValidationExceptionFieldName

    /// Description of the error.
    @clientOptional
    @required
    Message: ExceptionMessage
}

/// The fields that caused the error, if applicable.
list ValidationExceptionFieldList {
    member: ValidationExceptionField
}

/// The field name for which validation failed.
string ValidationExceptionFieldName

/// The reason why the request failed validation.
enum ValidationExceptionReason {
    UNKNOWN_OPERATION
    CANNOT_PARSE
    FIELD_VALIDATION_FAILED
    OTHER
}

/// Description of the error.
string ExceptionMessage

/// Identifier of the resource affected.
string ExceptionResourceId

/// Type of the resource affected.
string ExceptionResourceType

/// Service Quotas requirement to identify originating quota.
string QuotaCode

/// Service Quotas requirement to identify originating service.
string ServiceCode
