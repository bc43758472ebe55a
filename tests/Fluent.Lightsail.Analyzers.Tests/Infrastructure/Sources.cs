namespace Fluent.Lightsail.Analyzers.Tests.Infrastructure;

/// <summary>
/// Test sources. <see cref="Stages"/> hand-writes a template's generated members with the contract's names
/// (docs/design/builder-contract.md), so call-site tests do not depend on the generator.
/// </summary>
internal static class Sources
{
    public const string Usings = """
        #nullable enable
        using Fluent.Lightsail;
        using Fluent.Lightsail.Building;

        """;

    /// <summary>The members the generator adds to a template, for a template class named <paramref name="template"/>.</summary>
    public static string Stages(string template) => $$"""
        public partial class {{template}}
        {
            public static IReady Named(params string[] instanceNames) => throw null!;

            public static IReady Named(System.Collections.Generic.IEnumerable<string> instanceNames) => throw null!;

            public interface IReady : IInstanceBuilderStage
            {
                IReady InZone(string availabilityZone);
                IReady WithBlueprint(string blueprintId);
                IReady WithBundle(string bundleId);
                IReady WithKeyPair(string keyPairName);
                IReady WithTag(string key, string? value = null);
                IReady WithUserData(string userData);
                IReady WithAutoSnapshot(string timeOfDay);
                IReady WithoutAutoSnapshot();
                IReady WithStopInstanceOnIdle(string threshold, string duration);
                IReady WithoutStopInstanceOnIdle();
                IReady WithIpAddressType(IpAddressType ipAddressType);
                Fluent.Lightsail.Model.CreateInstancesRequest Build();
            }
        }

        """;

    /// <summary>A valid Linux template "Web" with its stages, and a method body to put calls in.</summary>
    public static string LinuxWebCalls(string statements) => Usings + """
        [InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]
        public partial class Web;

        """ + Stages("Web") + $$"""
        public static class Calls
        {
            public static void Run(string runtimeValue)
            {
                {{statements}}
            }
        }
        """;

    /// <summary>Removes test markup (<c>{|ID:…|}</c>, <c>[|…|]</c>) to get the plain source.</summary>
    public static string StripMarkup(string markup)
        => System.Text.RegularExpressions.Regex.Replace(markup, @"\{\|[A-Za-z0-9#]+:|\|\}", string.Empty);
}
