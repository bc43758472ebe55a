using Fluent.Lightsail.Analyzers.Tests.Infrastructure;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>Sources for code-fix tests, built on the analyzer tests' <see cref="Sources"/>.</summary>
internal static class CodeFixSources
{
    /// <summary>A template "Web" with the given attribute lines (markup allowed), its stages, and nothing else.</summary>
    public static string Template(string attributes, string template = "Web")
        => Sources.Usings + attributes + "\npublic partial class " + template + ";\n\n" + Sources.Stages(template);

    /// <summary>The valid Linux template "Web" (us-east-2a, ubuntu_24_04, small_3_0) and a method with the statements.</summary>
    public static string Calls(string statements) => Sources.LinuxWebCalls(statements);
}
