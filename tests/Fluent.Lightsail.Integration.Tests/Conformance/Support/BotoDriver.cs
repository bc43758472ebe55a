using System.Text.Json;
using System.Text.Json.Nodes;

namespace Fluent.Lightsail.Integration.Tests.Conformance.Support;

/// <summary>
/// Drives boto3/botocore (a Lightsail client nobody here wrote) against the local endpoint. The script takes one
/// JSON argument and prints one JSON line, so each test states its call in C# and asserts on plain data.
/// </summary>
public static class BotoDriver
{
    private const string Script = """
        import json, sys, time, urllib.request, urllib.error
        import boto3
        from botocore.auth import SigV4Auth
        from botocore.awsrequest import AWSRequest
        from botocore.config import Config
        from botocore.credentials import Credentials
        from botocore.exceptions import ClientError, HTTPClientError

        args = json.loads(sys.argv[1])
        endpoint = args["endpoint"]
        creds = args["credentials"]

        def client():
            session = boto3.session.Session(
                aws_access_key_id=creds["accessKeyId"], aws_secret_access_key=creds["secretAccessKey"],
                aws_session_token=creds.get("sessionToken"), region_name=creds["region"])
            # botocore's "max_attempts" counts retries only; "total_max_attempts" counts every attempt, like the SDKs.
            config = Config(retries={"mode": "standard", "total_max_attempts": args.get("maxAttempts", 3)},
                            connect_timeout=5, read_timeout=15)
            return session.client("lightsail", endpoint_url=endpoint, config=config)

        def plain(value):
            return json.loads(json.dumps(value, default=lambda v: {"type": type(v).__name__, "text": str(v)}))

        def call(c, operation, params):
            try:
                result = getattr(c, operation)(**params)
                meta = result.pop("ResponseMetadata", {})
                return {"ok": True, "result": plain(result), "retries": meta.get("RetryAttempts", 0),
                        "requestId": meta.get("RequestId")}
            except ClientError as e:
                meta = e.response.get("ResponseMetadata", {})
                return {"ok": False, "code": e.response["Error"]["Code"], "message": e.response["Error"].get("Message"),
                        "status": meta.get("HTTPStatusCode"), "retries": meta.get("RetryAttempts", 0),
                        "exception": type(e).__name__, "modeled": type(e).__name__ != "ClientError"}
            except HTTPClientError as e:
                return {"ok": False, "transport": type(e).__name__}

        def create_and_read():
            c = client()
            created = call(c, "create_instances", args["request"])
            if not created["ok"]:
                return {"created": created}
            first = [op["status"] for op in created["result"]["operations"]]
            final = []
            for op in created["result"]["operations"]:
                status = None
                for _ in range(200):
                    got = c.get_operation(operationId=op["id"])["operation"]
                    status = got["status"]
                    if got["isTerminal"]:
                        break
                    time.sleep(0.05)
                final.append({"status": status, "createdAtType": type(got["createdAt"]).__name__,
                              "operationType": got["operationType"], "resourceName": got["resourceName"]})
            instances = [plain(c.get_instance(instanceName=name)["instance"]) for name in args["request"]["instanceNames"]]
            return {"created": created, "firstStatuses": first, "final": final, "instances": instances}

        def steps():
            # Several calls in one process (one interpreter start): plain calls, and paginations through botocore's
            # own paginator (paginators-1.json), which follows nextPageToken.
            c = client()
            out = []
            for step in args["steps"]:
                if step.get("paginate"):
                    try:
                        pages = c.get_paginator(step["operation"]).paginate(**step.get("params", {}))
                        out.append({"ok": True, "pages": [plain({k: v for k, v in page.items() if k != "ResponseMetadata"}) for page in pages]})
                    except ClientError as e:
                        out.append({"ok": False, "code": e.response["Error"]["Code"], "message": e.response["Error"].get("Message")})
                else:
                    out.append(call(c, step["operation"], step.get("params", {})))
            return out

        def tamper():
            body = json.dumps(args["body"]).encode("utf-8")
            headers = {"Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "Lightsail_20161128." + args["operation"]}
            request = AWSRequest(method="POST", url=endpoint, data=body, headers=headers)
            SigV4Auth(Credentials(creds["accessKeyId"], creds["secretAccessKey"]), "lightsail", creds["region"]).add_auth(request)
            prepared = request.prepare()
            data = prepared.body if isinstance(prepared.body, bytes) else prepared.body.encode("utf-8")
            sent_headers = dict(prepared.headers.items())
            what = args["tamper"]
            if what == "body":
                data = data.replace(b'"web-1"', b'"web-7"', 1)
            elif what == "signature":
                auth = sent_headers["Authorization"]
                sent_headers["Authorization"] = auth[:-1] + ("0" if auth[-1] != "0" else "1")
            elif what == "target":
                sent_headers["X-Amz-Target"] = "Lightsail_20161128.GetRegions"
            outgoing = urllib.request.Request(endpoint, data=data, headers=sent_headers, method="POST")
            opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
            try:
                with opener.open(outgoing, timeout=15) as response:
                    return {"status": response.status, "body": json.loads(response.read() or b"{}"),
                            "signedHeaders": sent_headers["Authorization"].split("SignedHeaders=")[1].split(",")[0]}
            except urllib.error.HTTPError as e:
                return {"status": e.code, "body": json.loads(e.read() or b"{}")}

        mode = args["mode"]
        if mode == "call":
            out = call(client(), args["operation"], args.get("params", {}))
        elif mode == "create_and_read":
            out = create_and_read()
        elif mode == "steps":
            out = steps()
        elif mode == "tamper":
            out = tamper()
        else:
            raise SystemExit("unknown mode " + mode)
        print(json.dumps(out))
        """;

    public static async Task<JsonElement> RunAsync(Uri endpoint, ClientCredentials credentials, JsonObject arguments)
    {
        await RealClients.RequireBoto3Async();
        arguments["endpoint"] = endpoint.ToString().TrimEnd('/');
        arguments["credentials"] = new JsonObject
        {
            ["accessKeyId"] = credentials.AccessKeyId,
            ["secretAccessKey"] = credentials.SecretAccessKey,
            ["sessionToken"] = credentials.SessionToken,
            ["region"] = credentials.Region,
        };
        var result = await ExternalProcess.RunAsync("python3", ["-c", Script, arguments.ToJsonString()], credentials);
        Assert.True(result.ExitCode == 0, $"the boto3 driver failed:\n{result}");
        var lastLine = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        return JsonDocument.Parse(lastLine).RootElement;
    }
}
