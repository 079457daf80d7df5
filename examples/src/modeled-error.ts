import { ConflictException, CreateWorkloadShareCommand } from "@slimsdk/client-wellarchitected-ops";
import type { SeedIds } from "@slimsdk/local-endpoint";
import type { ExampleClients } from "./clients.js";
import { PARTNER_ACCOUNT_ID } from "./operations.js";
import { type Print, printFields, printHeading } from "./print.js";

/**
 * Shares a workload with an account it is already shared with: the service answers 409, and the client
 * throws the generated `ConflictException` class, whose modeled members are typed.
 */
export async function showModeledError(clients: ExampleClients, ids: SeedIds, print: Print): Promise<void> {
  printHeading(print, "A modeled error: CreateWorkloadShare with an existing share");
  try {
    await clients.wellArchitected.send(
      new CreateWorkloadShareCommand({
        WorkloadId: ids.wellArchitected.sharedWorkloadId,
        SharedWith: PARTNER_ACCOUNT_ID,
        PermissionType: "READONLY",
      }),
    );
  } catch (error) {
    // Anything other than the expected conflict is a real failure of the example: let it propagate.
    if (!(error instanceof ConflictException)) throw error;
    printFields(print, {
      caught: `${error.name} (instanceof ConflictException)`,
      $fault: error.$fault,
      "HTTP status": error.$metadata.httpStatusCode,
      Message: error.Message,
      ResourceId: error.ResourceId,
      ResourceType: error.ResourceType,
    });
    return;
  }
  throw new Error("CreateWorkloadShare succeeded although the workload was already shared; expected a ConflictException.");
}
