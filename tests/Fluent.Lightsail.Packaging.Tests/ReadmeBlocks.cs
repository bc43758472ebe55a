using System.Text.RegularExpressions;

namespace Fluent.Lightsail.Packaging.Tests;

/// <summary>
/// The README's C# blocks as a user pastes them. The convention, stated in the README's Getting started: every block
/// starts with <c>// File: Project/path.cs</c>, and a block for a file that already exists replaces its contents (the prose
/// before it says "replace"). The projects start as <c>dotnet new</c> makes them.
/// </summary>
internal static partial class ReadmeBlocks
{
    public const string App = "Fleet";
    public const string Tests = "Fleet.Tests";

    /// <summary>The files a new project has before the README touches it (<c>dotnet new console</c>, <c>dotnet new xunit</c>).</summary>
    public static IReadOnlyDictionary<string, string> TemplateFiles(string project) => project switch
    {
        App => new Dictionary<string, string> { ["Program.cs"] = "// See https://aka.ms/new-console-template for more information\nConsole.WriteLine(\"Hello, World!\");\n" },
        _ => new Dictionary<string, string>(),
    };

    public static string Readme { get; } = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).Replace("\r\n", "\n");

    public static IReadOnlyList<ReadmeBlock> All { get; } = Parse(Readme);

    private static List<ReadmeBlock> Parse(string readme)
    {
        var blocks = new List<ReadmeBlock>();
        foreach (Match match in CSharpBlock().Matches(readme))
        {
            var code = Dedent(match.Groups["code"].Value);
            var firstLine = code.Split('\n')[0];
            var file = FileLine().Match(firstLine);
            if (!file.Success)
            {
                throw new InvalidOperationException(
                    $"README C# block {blocks.Count + 1} does not start with '// File: Project/path.cs' but with '{firstLine}'.");
            }

            var path = file.Groups["path"].Value;
            var slash = path.IndexOf('/', StringComparison.Ordinal);
            var precedingProse = readme[Math.Max(0, match.Index - 600)..match.Index];
            blocks.Add(new ReadmeBlock(blocks.Count + 1, path[..slash], path[(slash + 1)..], code, precedingProse));
        }

        return blocks;
    }

    private static string Dedent(string code)
    {
        var lines = code.Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    [GeneratedRegex(@"^[ \t]*```csharp[ \t]*\n(?<code>.*?)^[ \t]*```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"^// File: (?<path>[A-Za-z0-9_.\-]+/[A-Za-z0-9_./\-]+\.cs)\s*$")]
    private static partial Regex FileLine();
}

/// <summary>One C# block of the README: where it goes, what it holds, and the prose just before it.</summary>
internal sealed record ReadmeBlock(int Number, string Project, string FilePath, string Code, string PrecedingProse);
