using Amazon.Runtime.Endpoints;

namespace Fluent.Lightsail.Client.Internal;

/// <summary>The parameters of Lightsail's endpoint rule set: Region, UseDualStack, UseFIPS and Endpoint.</summary>
internal sealed class LightsailEndpointParameters : EndpointParameters
{
    public LightsailEndpointParameters()
    {
        UseDualStack = false;
        UseFIPS = false;
    }

    public string? Region
    {
        get => (string?)this["Region"];
        set => this["Region"] = value;
    }

    public bool? UseDualStack
    {
        get => (bool?)this["UseDualStack"];
        set => this["UseDualStack"] = value;
    }

    public bool? UseFIPS
    {
        get => (bool?)this["UseFIPS"];
        set => this["UseFIPS"] = value;
    }

    public string? Endpoint
    {
        get => (string?)this["Endpoint"];
        set => this["Endpoint"] = value;
    }
}
