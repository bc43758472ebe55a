// Serialises inputs of one operation with the official JS SDK and prints the exact bytes it would send.
// Arguments: a file holding a JSON array of inputs, and the operation (default CreateInstances), e.g. TagResource.
// Output: a JSON array of { body: base64, target, contentType }. No network: a request handler captures the request
// instead of sending it.
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import * as lightsail from "@aws-sdk/client-lightsail";

const { LightsailClient } = lightsail;
const operation = process.argv[3] ?? "CreateInstances";
const Command = lightsail[`${operation}Command`];
if (!Command) {
  throw new Error(`The JS SDK has no ${operation}Command.`);
}

let captured;
const client = new LightsailClient({
  region: "us-east-1",
  endpoint: "http://127.0.0.1:9",
  credentials: { accessKeyId: "AKIDPARITY", secretAccessKey: "parity-secret" },
  requestHandler: {
    handle: async (request) => {
      captured = request;
      return {
        response: {
          statusCode: 200,
          headers: { "content-type": "application/x-amz-json-1.1" },
          body: Readable.from([Buffer.from('{"operations":[]}')]),
        },
      };
    },
  },
});

const inputs = JSON.parse(readFileSync(process.argv[2], "utf8"));
const results = [];
for (const input of inputs) {
  await client.send(new Command(input));
  results.push({
    body: Buffer.from(captured.body).toString("base64"),
    target: captured.headers["x-amz-target"],
    contentType: captured.headers["content-type"],
  });
}
process.stdout.write(JSON.stringify(results));
