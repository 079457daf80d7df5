/** The official Smithy awsJson1_1 protocol tests, run against clients our generator makes from their models. */
import { vi } from "vitest";
import { defineComplianceSuite } from "./harness/define-suite.js";

// The generated clients import the runtime by its package name; the tests run it from source.
vi.mock("@slimsdk/runtime", () => import("../../packages/runtime/src/index.js"));

defineComplianceSuite("aws.protocols#awsJson1_1");
