// Serialises CreateInstances inputs with the official JS SDK and prints the exact bytes it would send.
// Input: a file holding a JSON array of CreateInstances inputs. Output: a JSON array of
// { body: base64, target, contentType }. No network: a request handler captures the request instead of sending it.
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { LightsailClient, CreateInstancesCommand } from "@aws-sdk/client-lightsail";

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
  await client.send(new CreateInstancesCommand(input));
  results.push({
    body: Buffer.from(captured.body).toString("base64"),
    target: captured.headers["x-amz-target"],
    contentType: captured.headers["content-type"],
  });
}
process.stdout.write(JSON.stringify(results));
