import { describe, expect, it } from "vitest";
import { generate } from "../generate.js";
import { ModelBuilder } from "./__fixtures__/model-builder.js";
import { fileOf, weatherFiles } from "./__fixtures__/weather-files.js";

describe("emitErrors", () => {
  const text = fileOf(weatherFiles(), "src/models/errors.ts");

  it("emits the service's base exception", () => {
    expect(text).toContain(`import { type ExceptionInit, ServiceException, type ServiceExceptionInit } from "@slimsdk/runtime";

/** The base class of every error of Weather Service. An error the model does not declare arrives as an instance of it, named after its error code. */
export class WeatherServiceServiceException extends ServiceException {
  /** Builds the exception from its name, fault, response facts and modeled members. */
  constructor(init: ServiceExceptionInit) {
    super(init);
  }
}
`);
  });

  it("emits one class per modeled error with typed members (message is inherited)", () => {
    expect(text).toContain(`/**
 * The city is unknown. Check the name.
 *
 * @generated from example.weather#NotFoundException
 */
export class NotFoundException extends WeatherServiceServiceException {
  declare readonly name: "NotFoundException";
  declare readonly $fault: "client";
  declare readonly city: string;
  /** Builds the error; the client does so when the service returns it. */
  constructor(init: ExceptionInit<NotFoundException>) {
    super({ ...init, name: "NotFoundException", $fault: "client" });
  }
}
`);
  });

  it("passes the retryable trait to the base class", () => {
    expect(text).toContain('    super({ ...init, name: "ThrottlingException", $fault: "client", $retryable: { throttling: true } });\n');
  });

  it("aliases the runtime's ServiceException when the model has an error of that name", () => {
    const model = new ModelBuilder()
      .service(
        "S",
        { operations: ["Op"], errors: ["ServiceException"] },
        { "aws.protocols#restJson1": {}, "aws.api#service": { sdkId: "s" } },
      )
      .operation("Op", {}, { http: { method: "GET", uri: "/", code: 200 } })
      .structure("ServiceException", { message: "String", detail: "Document" }, { error: "server", httpError: 500 })
      .build();
    const files = generate(model, { clients: [{ service: "example.weather#S", package: "@x/s", dir: "out/s" }] });
    const errors = files.find((f) => f.path === "out/s/src/models/errors.ts")!.content;
    expect(errors).toContain(
      'import { type ExceptionInit, ServiceException as ServiceException$1, type ServiceExceptionInit } from "@slimsdk/runtime";\n',
    );
    expect(errors).toContain('import type { DocumentType } from "./structures.js";\n');
    expect(errors).toContain("export class SServiceException extends ServiceException$1 {\n");
    expect(errors).toContain("export class ServiceException extends SServiceException {\n");
    expect(errors).toContain("  declare readonly detail?: DocumentType | undefined;\n");
  });
});
