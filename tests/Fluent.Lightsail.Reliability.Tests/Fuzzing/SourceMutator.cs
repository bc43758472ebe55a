using System.Text;
using System.Text.RegularExpressions;
using Fluent.Lightsail.Reliability.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace Fluent.Lightsail.Reliability.Tests.Fuzzing;

/// <summary>
/// Turns a well-formed template source into a broken one with one to four random edits: character truncation, token
/// deletion, insertion, duplication and swaps, wrong argument types, odd strings, attribute soup, shape changes, odd
/// nesting and broken [UserDataFile] paths. Pure function of (source, random).
/// </summary>
internal static partial class SourceMutator
{
    private delegate string Mutation(string source, Random random);

    private static readonly (string Name, Mutation Apply)[] Mutations =
    [
        ("truncate", Truncate),
        ("delete-tokens", DeleteTokens),
        ("insert-tokens", InsertTokens),
        ("duplicate-tokens", DuplicateTokens),
        ("swap-tokens", SwapTokens),
        ("wrong-argument", WrongArgument),
        ("odd-string", OddString),
        ("attribute-soup", AttributeSoup),
        ("shape", Shape),
        ("nesting", Nesting),
        ("user-data-file", UserDataFile),
    ];

    public static (string Source, string Applied) Mutate(string source, Random random)
    {
        var count = random.Next(1, 5);
        var applied = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var (name, apply) = Mutations[random.Next(Mutations.Length)];
            source = apply(source, random);
            applied.Add(name);
        }

        return (source, string.Join("+", applied));
    }

    private static string Truncate(string source, Random random) => source[..random.Next(source.Length + 1)];

    private static List<string> Tokens(string source) =>
        SyntaxFactory.ParseTokens(source).Select(token => token.ToFullString()).ToList();

    private static string DeleteTokens(string source, Random random)
    {
        var tokens = Tokens(source);
        for (var n = random.Next(1, 4); n > 0 && tokens.Count > 0; n--)
        {
            tokens.RemoveAt(random.Next(tokens.Count));
        }

        return string.Concat(tokens);
    }

    private static string InsertTokens(string source, Random random)
    {
        var tokens = Tokens(source);
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            tokens.Insert(random.Next(tokens.Count + 1), " " + MutationFragments.Tokens[random.Next(MutationFragments.Tokens.Length)] + " ");
        }

        return string.Concat(tokens);
    }

    private static string DuplicateTokens(string source, Random random)
    {
        var tokens = Tokens(source);
        if (tokens.Count == 0)
        {
            return source;
        }

        var start = random.Next(tokens.Count);
        var length = Math.Min(random.Next(1, 12), tokens.Count - start);
        tokens.InsertRange(random.Next(tokens.Count + 1), tokens.GetRange(start, length));
        return string.Concat(tokens);
    }

    private static string SwapTokens(string source, Random random)
    {
        var tokens = Tokens(source);
        if (tokens.Count < 2)
        {
            return source;
        }

        var (a, b) = (random.Next(tokens.Count), random.Next(tokens.Count));
        (tokens[a], tokens[b]) = (tokens[b], tokens[a]);
        return string.Concat(tokens);
    }

    /// <summary>An argument (string literal or constant) becomes an expression of another type.</summary>
    private static string WrongArgument(string source, Random random)
    {
        var matches = Argument().Matches(source);
        if (matches.Count == 0)
        {
            return source;
        }

        var match = matches[random.Next(matches.Count)];
        var replacement = MutationFragments.WrongArguments[random.Next(MutationFragments.WrongArguments.Length)];
        return source[..match.Index] + replacement + source[(match.Index + match.Length)..];
    }

    /// <summary>A string literal's content becomes an odd string, written as a regular, verbatim or raw literal.</summary>
    private static string OddString(string source, Random random)
    {
        var matches = StringLiteral().Matches(source);
        if (matches.Count == 0)
        {
            return source;
        }

        var match = matches[random.Next(matches.Count)];
        var value = OddStrings.Next(random);
        var literal = random.Next(4) switch
        {
            0 => "@\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
            1 => "\"\"\"\n" + value + "\n\"\"\"",
            2 => "\"" + value,                                                  // unterminated on purpose
            _ => SymbolDisplay.FormatLiteral(value, quote: true),
        };
        return source[..match.Index] + literal + source[(match.Index + match.Length)..];
    }

    private static string AttributeSoup(string source, Random random)
    {
        var soup = new StringBuilder();
        for (var n = random.Next(1, 8); n > 0; n--)
        {
            soup.Append(MutationFragments.Attributes[random.Next(MutationFragments.Attributes.Length)]).Append(random.Next(3) == 0 ? "\n" : " ");
        }

        var lines = source.Split('\n').ToList();
        lines.Insert(random.Next(lines.Count + 1), soup.ToString());
        return string.Join('\n', lines);
    }

    private static string Shape(string source, Random random)
    {
        var matches = TypeHead().Matches(source);
        if (matches.Count == 0)
        {
            return source;
        }

        var match = matches[random.Next(matches.Count)];
        var shape = MutationFragments.Shapes[random.Next(MutationFragments.Shapes.Length)];
        return source[..match.Index] + shape + source[(match.Index + match.Length)..];
    }

    private static string Nesting(string source, Random random)
    {
        var opener = MutationFragments.Wrappers[random.Next(MutationFragments.Wrappers.Length)];
        var closers = new string('}', opener.Count(c => c == '{') - opener.Count(c => c == '}'));
        var start = source.IndexOf('[', StringComparison.Ordinal);
        if (start < 0)
        {
            return opener + source + closers;
        }

        // Unbalanced on purpose now and then: a wrapper that never closes is a state the IDE sees on every keystroke.
        return source[..start] + opener + "\n" + source[start..] + (random.Next(5) == 0 ? string.Empty : "\n" + closers);
    }

    private static string UserDataFile(string source, Random random)
    {
        var path = MutationFragments.Paths[random.Next(MutationFragments.Paths.Length)];
        var attribute = "[UserDataFile(" + SymbolDisplay.FormatLiteral(path, quote: true) + ")]";
        var matches = TypeHead().Matches(source);
        if (matches.Count == 0)
        {
            return attribute + "\n" + source;
        }

        var match = matches[random.Next(matches.Count)];
        var lineStart = source.LastIndexOf('\n', Math.Max(0, match.Index - 1)) + 1;
        return source[..lineStart] + attribute + "\n" + source[lineStart..];
    }

    [GeneratedRegex("\"(?:[^\"\\\\\\n]|\\\\.)*\"|\\b(?:Blueprints|Bundles|Regions|IpAddressTypes)\\.[A-Za-z0-9_]+")]
    private static partial Regex Argument();

    [GeneratedRegex("\"(?:[^\"\\\\\\n]|\\\\.)*\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("\\b(?:partial (?:record )?(?:class|struct)|partial record|static partial class|partial struct)\\b")]
    private static partial Regex TypeHead();
}
