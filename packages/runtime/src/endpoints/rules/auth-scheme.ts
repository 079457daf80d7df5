import { EndpointError } from "./endpoint-error.js";

/** The signing name and region an endpoint's sigv4 auth scheme asks for (each may be absent). */
export interface EndpointSigning {
  readonly name?: string | undefined;
  readonly region?: string | undefined;
}

/**
 * Reads an endpoint's `authSchemes` property: the `sigv4` entry's signing name and region, if there is
 * one. An endpoint that offers only `sigv4a`, or sigv4 without double-encoding or path normalization,
 * is refused, since this client signs only plain SigV4; schemes of other names are ignored, as the
 * rules engine specification says.
 */
export function endpointSigning(
  properties: Readonly<Record<string, unknown>> | undefined,
  commandName: string,
): EndpointSigning | undefined {
  const schemes = properties?.authSchemes;
  if (!Array.isArray(schemes)) return undefined;
  const named = (name: string): Record<string, unknown> | undefined => schemes.find((s) => s?.name === name);
  const sigv4 = named("sigv4");
  if (sigv4) {
    for (const flag of ["disableDoubleEncoding", "disableNormalizePath"])
      if (sigv4[flag] === true)
        throw new EndpointError(`${commandName}: the endpoint asks for SigV4 with ${flag}, which this client does not support.`);
    return { name: sigv4.signingName as string | undefined, region: sigv4.signingRegion as string | undefined };
  }
  const sigv4a = named("sigv4a");
  if (sigv4a) {
    const regions = JSON.stringify(sigv4a.signingRegionSet ?? []);
    throw new EndpointError(`${commandName}: the endpoint requires SigV4a signing (region set ${regions}), which this client cannot do.`);
  }
  return undefined;
}
