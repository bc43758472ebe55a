using System.Text.RegularExpressions;

namespace Fluent.Lightsail.Packaging.Tests;

/// <summary>
/// Users of the official AWSSDK.Lightsail import <c>Amazon.Lightsail</c> and <c>Amazon.Lightsail.Model</c> next to
/// <c>Fluent.Lightsail</c>. Every name the two products share must then resolve without CS0104, and each
/// unqualified name must mean the official SDK's type (a <c>catch (AmazonLightsailException)</c> that bound to ours
/// would silently miss the SDK's errors). AWSSDK.Lightsail is not served here, so the consumer compiles against the
/// generator tests' stand-in of its API, built as an assembly named AWSSDK.Lightsail.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class OfficialSdkNamespacesTests(PackageFixture package)
{
    private const string Program = """
        using Fluent.Lightsail;
        using Amazon.Lightsail;
        using Amazon.Lightsail.Model;

        Console.WriteLine("compiled");

        [InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0, AvailabilityZone = "us-east-1a", IpAddressType = IpAddressTypes.Dualstack)]
        [Tag("role", "web")]
        public partial class WebServer;

        public static class Uses
        {
            public static async Task Run(IAmazonLightsail official, ILightsailClient ours)
            {
                // Names both products have, unqualified: each must be the official SDK's.
                Amazon.Lightsail.IpAddressType ipType = IpAddressType.Dualstack;
                Amazon.Lightsail.AddOnType addOn = AddOnType.AutoSnapshot;
                Amazon.Lightsail.OperationStatus status = OperationStatus.Succeeded;
                Amazon.Lightsail.OperationType operationType = OperationType.CreateInstance;
                Amazon.Lightsail.RegionName region = RegionName.UsEast1;
                Amazon.Lightsail.ResourceType resource = ResourceType.Instance;
                Amazon.Lightsail.Model.CreateInstancesRequest officialRequest = WebServer.Named("web-1").BuildAwsRequest();
                Amazon.Lightsail.Model.Tag tag = new Tag { Key = "k", Value = "v" };
                Console.WriteLine($"{ipType}{addOn}{status}{operationType}{region}{resource}{officialRequest.InstanceNames.Count}{tag.Key}");

                try
                {
                    await WebServer.Named("web-1").CreateAsync(official);
                }
                catch (AmazonLightsailException e)
                {
                    Amazon.Lightsail.AmazonLightsailException sdkError = e;
                    Console.WriteLine(sdkError.ErrorCode);
                }

                try
                {
                    await WebServer.Named("web-1").CreateAsync(ours);
                }
                catch (Fluent.Lightsail.Model.AmazonLightsailException e)
                {
                    Console.WriteLine(e.ErrorCode);
                }
            }
        }
        """;

    [Fact]
    public async Task A_file_importing_Fluent_Lightsail_and_both_official_namespaces_compiles_with_warnings_as_errors()
    {
        var extraFiles = new Dictionary<string, string>
        {
            ["StandIn/AWSSDK.Lightsail.csproj"] = $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <AssemblyName>AWSSDK.Lightsail</AssemblyName>
                    <Nullable>disable</Nullable>
                    <NoWarn>$(NoWarn);NU1603</NoWarn>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="AWSSDK.Core" Version="{CentralVersion("AWSSDK.Core")}" />
                  </ItemGroup>
                </Project>
                """,
            ["StandIn/AmazonLightsailStandIn.cs"] = File.ReadAllText(Path.Combine(
                RepositoryPaths.Root, "tests", "Fluent.Lightsail.Generator.Tests", "Bridge", "InMemory", "AmazonLightsailStandIn.cs")),
        };
        using var consumer = ConsumerProject.Create(package, Program, extraFiles, """
            <PropertyGroup><TreatWarningsAsErrors>true</TreatWarningsAsErrors></PropertyGroup>
            <ItemGroup>
              <ProjectReference Include="StandIn/AWSSDK.Lightsail.csproj" />
              <Compile Remove="StandIn/**" />
            </ItemGroup>
            """);

        var build = await consumer.BuildAsync();

        Assert.DoesNotContain("CS0104", build.Output, StringComparison.Ordinal);
        build.EnsureSuccess("dotnet build of a consumer importing Fluent.Lightsail, Amazon.Lightsail and Amazon.Lightsail.Model");
        Assert.Matches(new Regex(@"\b0 Warning\(s\)"), build.Output);
    }

    private static string CentralVersion(string package)
    {
        var props = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Directory.Packages.props"));
        var match = Regex.Match(props, $"""<PackageVersion Include="{Regex.Escape(package)}" Version="([^"]+)" """.TrimEnd());
        Assert.True(match.Success, $"Directory.Packages.props names no version of {package}.");
        return match.Groups[1].Value;
    }
}
