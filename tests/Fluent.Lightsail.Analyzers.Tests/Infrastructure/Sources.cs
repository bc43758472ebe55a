namespace Fluent.Lightsail.Analyzers.Tests.Infrastructure;

/// <summary>
/// Test sources. <see cref="Stages"/> hand-writes a template's generated members with the contract's names (a template
/// that fixes every required member: its <c>Named</c> leads straight to the runtime's final stage)
/// (docs/design/builder-contract.md), so call-site tests do not depend on the generator. Their values class carries the
/// generator's [GeneratedCode], as the generated one does, so FLS9008 tells them from a user's own members.
/// </summary>
internal static class Sources
{
    public const string Usings = """
        #nullable enable
        using Fluent.Lightsail;
        using Fluent.Lightsail.Building;
        using Fluent.Lightsail.Model;

        """;

    /// <summary>
    /// The members the generator adds to a template, for a template class named <paramref name="template"/>: from C# 13
    /// (the tests' language version) <c>Named(string)</c> and <c>Named(params IEnumerable&lt;string&gt;)</c>, before it
    /// <c>params string[]</c> and <c>IEnumerable&lt;string&gt;</c> in place of the second. The generator's
    /// NamedOverloadTests check both shapes.
    /// </summary>
    public static string Stages(string template, bool beforeCSharp13 = false) => $$"""
        public partial class {{template}}
        {
            public static InstanceBuilder Named(string instanceName) => throw null!;
        {{(beforeCSharp13 ? NamedOverloadsBeforeCSharp13 : NamedOverloadFromCSharp13)}}

            [System.CodeDom.Compiler.GeneratedCode("Fluent.Lightsail.Generator", "test")]
            private static class LightsailTemplateValues { }
        }

        """;

    private const string NamedOverloadFromCSharp13 = """

            public static InstanceBuilder Named(params System.Collections.Generic.IEnumerable<string> instanceNames) => throw null!;
        """;

    private const string NamedOverloadsBeforeCSharp13 = """

            public static InstanceBuilder Named(params string[] instanceNames) => throw null!;

            public static InstanceBuilder Named(System.Collections.Generic.IEnumerable<string> instanceNames) => throw null!;
        """;

    /// <summary>A valid Linux template "Web" with its stages, and a method body to put calls in.</summary>
    public static string LinuxWebCalls(string statements, bool beforeCSharp13 = false) => Usings + """
        [InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]
        public partial class Web;

        """ + Stages("Web", beforeCSharp13) + $$"""
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
