using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Benchmarks.Runtime;

/// <summary>
/// Our request writer (<c>ToJson</c>: SDK-exact member names, order and escaping) against System.Text.Json's
/// reflection serializer with default options, which writes a different (PascalCase, null-carrying) body.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 12)]
public class JsonBenchmarks
{
    private readonly CreateInstancesRequest _request = SampleRequests.Built();

    [Benchmark(Baseline = true)]
    public string JsonSerializerDefault() => JsonSerializer.Serialize(_request);

    [Benchmark]
    public string ToJson() => _request.ToJson();

    [Benchmark]
    public byte[] JsonSerializerDefaultUtf8() => JsonSerializer.SerializeToUtf8Bytes(_request);
}
