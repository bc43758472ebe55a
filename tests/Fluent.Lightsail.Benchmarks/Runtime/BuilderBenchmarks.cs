using BenchmarkDotNet.Attributes;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail.Benchmarks.Runtime;

/// <summary>
/// The generated builder (which validates every value with the rules in Build()) against the same request written
/// by hand. Validate and HandWrittenValidated show what the rules cost on their own. The Varying pair uses new strings
/// each time (a name, zone and tag value made at run time), as requests built from user input do.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 12)]
public class BuilderBenchmarks
{
    private readonly CreateInstancesRequest _request = SampleRequests.HandWritten();
    private int _next;

    [Benchmark(Baseline = true)]
    public CreateInstancesRequest HandWritten() => SampleRequests.HandWritten();

    [Benchmark]
    public CreateInstancesRequest Builder() => SampleRequests.Built();

    [Benchmark]
    public CreateInstancesRequest HandWrittenValidated()
    {
        var request = SampleRequests.HandWritten();
        CreateInstancesRequestValidator.ThrowIfInvalid(request);
        return request;
    }

    [Benchmark]
    public CreateInstancesRequest HandWrittenVarying() => SampleRequests.HandWrittenVarying(_next++);

    [Benchmark]
    public CreateInstancesRequest BuilderVarying() => SampleRequests.BuiltVarying(_next++);

    [Benchmark]
    public int Validate() => CreateInstancesRequestValidator.Validate(_request).Count;
}
