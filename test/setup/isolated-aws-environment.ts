/**
 * Runs before every test file: the AWS settings of the machine running the tests (environment
 * variables, ~/.aws files, an EC2 instance's metadata service) must not reach a client that falls
 * back to its defaults, and such a client must never contact 169.254.169.254. Tests that exercise
 * the defaults set what they need, in a child process or through `vi.stubEnv`.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";

for (const name of Object.keys(process.env)) if (name.startsWith("AWS_")) delete process.env[name];
// Files that do not exist: the shared-config readers then find no profile at all.
const nowhere = join(fileURLToPath(new URL(".", import.meta.url)), "no-such-aws-dir");
process.env.AWS_CONFIG_FILE = join(nowhere, "config");
process.env.AWS_SHARED_CREDENTIALS_FILE = join(nowhere, "credentials");
process.env.AWS_EC2_METADATA_DISABLED = "true";
