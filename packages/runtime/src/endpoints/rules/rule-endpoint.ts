/** The values of a call's endpoint rule-set parameters, by parameter name (unset ones absent). */
export type EndpointParams = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

/** What a compiled rule set returns: the URL, and the endpoint's properties and headers when it has any. */
export interface RuleEndpoint {
  readonly url: string;
  /** E.g. `authSchemes`: the signing name and region to use for this endpoint. */
  readonly properties?: Readonly<Record<string, unknown>>;
  /** Headers to send with every request to this endpoint (several values are joined with `,`). */
  readonly headers?: Readonly<Record<string, readonly string[]>>;
}
