/** @slimsdk/runtime: what generated clients and their users import. */

// Type only: a value export would load @smithy/protocol-http (and much of @smithy/core) at import time in Node.js.
export type { HttpRequest } from "@smithy/protocol-http";
export type { StreamingBlobPayloadInputTypes, StreamingBlobPayloadOutputTypes } from "@smithy/types";
export { Client, type SendOptions } from "./client.js";
export { Command } from "./command.js";
export type { ClientConfig, ResolvedClientConfig } from "./config/client-config.js";
export type { Provider } from "./config/provider.js";
export { type AwsCredentials, type CredentialsProvider, CredentialsProviderError } from "./credentials/credentials.js";
export { addApiGatewayCustomizations } from "./customizations/api-gateway.js";
export { addGlacierCustomizations } from "./customizations/glacier.js";
export { addMachineLearningCustomizations } from "./customizations/machine-learning.js";
export type { EndpointInput } from "./endpoints/parse-endpoint.js";
export { checkRegion, dnsSuffix, regionEndpoint } from "./endpoints/region-endpoint.js";
export { type EndpointSigning, endpointSigning } from "./endpoints/rules/auth-scheme.js";
export { awsPartition, type Partition } from "./endpoints/rules/aws-partition.js";
export { EndpointError } from "./endpoints/rules/endpoint-error.js";
export { isValidHostLabel } from "./endpoints/rules/is-valid-host-label.js";
export { isVirtualHostableS3Bucket } from "./endpoints/rules/is-virtual-hostable-s3-bucket.js";
export { type Arn, parseArn } from "./endpoints/rules/parse-arn.js";
export { parseUrl, type RuleUrl } from "./endpoints/rules/parse-url.js";
export type { EndpointParams, RuleEndpoint } from "./endpoints/rules/rule-endpoint.js";
export { split } from "./endpoints/rules/split.js";
export { substring } from "./endpoints/rules/substring.js";
export { useEndpointRules } from "./endpoints/rules/use-endpoint-rules.js";
export {
  type ExceptionInit,
  type MetadataBearer,
  type ResponseMetadata,
  type RetryableTrait,
  ServiceException,
  type ServiceExceptionInit,
} from "./errors/service-exception.js";
export type { RequestHandler, RequestHandlerOptions } from "./http/request-handler.js";
export { type Logger, redact, SENSITIVE } from "./logger.js";
export { addRequestCompression } from "./middleware/compression-middleware.js";
export { addContentMd5Checksum } from "./middleware/content-md5-middleware.js";
export { MiddlewareStack } from "./middleware/middleware-stack.js";
export { addQueryCompatibility } from "./middleware/query-compatible-middleware.js";
export type { Handler, HandlerArgs, HandlerContext, HandlerOutput, Middleware, MiddlewareOptions, Step } from "./middleware/types.js";
export type { Endpoint, Protocol, RawResponse, SerdeContext } from "./protocol.js";
export { type AwsJsonVersion, awsJson1_0, awsJson1_1, awsJsonWith } from "./protocols/aws-json.js";
export { jsonBlobs } from "./protocols/json-blobs.js";
export { jsonCollections } from "./protocols/json-collections.js";
export type { BlobCodec, CollectionCodec, JsonValueFeatures, TimestampCodec } from "./protocols/json-features.js";
export { jsonTimestamps } from "./protocols/json-timestamps.js";
export type { RestJsonFeatures, RestJsonHeaders, RestJsonQueryParams, RestJsonRawPayloads } from "./protocols/rest-features.js";
export { restJsonHeaders } from "./protocols/rest-headers.js";
export { restJson1, restJson1With } from "./protocols/rest-json1.js";
export { restJsonQueryParams } from "./protocols/rest-query-params.js";
export { restJsonRawPayloads } from "./protocols/rest-raw-payload.js";
// The rules engine's `uriEncode` is RFC 3986 percent-encoding, as URI labels are encoded.
export { escapeLabel as uriEncode } from "./protocols/uri-escape.js";
export { AbortError, TimeoutError } from "./retry/abort-error.js";
export { classifyError, type RetryKind } from "./retry/classify-error.js";
export type { RetryStrategy, RetryStrategyOptions } from "./retry/retry-strategy.js";
export type * from "./schema.js";
export { resolveSchema } from "./schema.js";
export { addStreams } from "./streams/add-streams.js";
export { withStreams } from "./streams/with-streams.js";
export { type ConstraintChecks, validateConstraints } from "./validation/check-constraints.js";
export { InputValidationError, type Violation } from "./validation/input-validation-error.js";
