// Drives the official JS SDK v3 Lightsail client against the local endpoint.
// Input: one JSON argument { mode, endpoint, credentials, region, maxAttempts, operation, params | request }.
// Output: one JSON line. No other network than the given loopback endpoint.
import * as sdk from "@aws-sdk/client-lightsail";

const args = JSON.parse(process.argv[2]);
const client = new sdk.LightsailClient({
  region: args.credentials.region,
  endpoint: args.endpoint,
  credentials: {
    accessKeyId: args.credentials.accessKeyId,
    secretAccessKey: args.credentials.secretAccessKey,
    sessionToken: args.credentials.sessionToken ?? undefined,
  },
  maxAttempts: args.maxAttempts ?? 3,
});

async function call(operation, params) {
  try {
    const result = await client.send(new sdk[`${operation}Command`](params ?? {}));
    const { $metadata, ...rest } = result;
    return { ok: true, result: rest, attempts: $metadata.attempts, requestId: $metadata.requestId };
  } catch (e) {
    return {
      ok: false,
      name: e.name,
      message: e.message,
      status: e.$metadata?.httpStatusCode,
      attempts: e.$metadata?.attempts,
      modeled: e instanceof sdk.LightsailServiceException && e.constructor !== sdk.LightsailServiceException,
    };
  }
}

async function createAndRead() {
  const created = await call("CreateInstances", args.request);
  if (!created.ok) return { created };
  const final = [];
  for (const op of created.result.operations) {
    let got;
    for (let i = 0; i < 200; i++) {
      got = (await client.send(new sdk.GetOperationCommand({ operationId: op.id }))).operation;
      if (got.isTerminal) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    final.push({
      status: got.status,
      createdAtIsDate: got.createdAt instanceof Date,
      createdAtMs: got.createdAt.getTime(),
      operationType: got.operationType,
    });
  }
  const instances = [];
  for (const name of args.request.instanceNames) {
    instances.push((await client.send(new sdk.GetInstanceCommand({ instanceName: name }))).instance);
  }
  return { created, firstStatuses: created.result.operations.map((o) => o.status), final, instances };
}

const out = args.mode === "create_and_read" ? await createAndRead() : await call(args.operation, args.params);
process.stdout.write(JSON.stringify(out) + "\n");
