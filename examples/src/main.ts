/** Runs the example (`npm start`, or `node examples/dist/main.js`): exit code 0 when every step went as expected, 1 otherwise. */
import { describeError } from "./describe-error.js";
import { runExample } from "./run-example.js";

try {
  await runExample((line) => console.log(line));
} catch (error) {
  console.error(`\nThe example failed: ${describeError(error)}`);
  process.exitCode = 1;
}
