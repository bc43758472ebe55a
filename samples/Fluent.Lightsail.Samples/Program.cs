using Fluent.Lightsail.Model;
using Fluent.Lightsail.Samples.Templates;

// Three templates, three builders; each request printed as the JSON body the official SDKs would send.
var requests = new (string Title, CreateInstancesRequest Request)[]
{
    ("web servers", WebServer.Named("web-1", "web-2").WithTag("owner", Environment.UserName is { Length: > 0 } user ? user : "sample").Build()),
    ("windows server", WindowsServer.Named("iis-1").Build()),
    ("dev box", DevBox.Named("dev-ann").InZone("us-east-1c").WithBundle("small_3_0").Build()),
};

foreach (var (title, request) in requests)
{
    Console.WriteLine($"# {title}");
    Console.WriteLine(request.ToJson());
    Console.WriteLine();
}
