using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Fluent.Lightsail.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Fluent.Lightsail.CodeFixes;

/// <summary>
/// The instance names of one <c>Named(...)</c> call and the one being fixed. Names are unique in a call (N7), so a
/// repaired or renamed name is checked against the others with <see cref="UniqueValues"/>.
/// </summary>
internal sealed class NameScope
{
    private NameScope(List<string?> names, int index)
    {
        Names = names;
        Index = index;
    }

    public List<string?> Names { get; }

    public int Index { get; }

    public static NameScope? Of(ExpressionSyntax site, SemanticModel model, CancellationToken cancellationToken)
    {
        IEnumerable<ExpressionSyntax> elements = site.Parent switch
        {
            ArgumentSyntax { Parent: ArgumentListSyntax list } => list.Arguments.Select(a => a.Expression),
            InitializerExpressionSyntax initializer => initializer.Expressions,
            _ => Enumerable.Empty<ExpressionSyntax>(),
        };
        var all = elements.ToList();
        var index = all.IndexOf(site);
        return index < 0 ? null : new NameScope(all.Select(e => model.GetConstantValue(e, cancellationToken).Value as string).ToList(), index);
    }

    /// <summary>
    /// The name with its invalid characters replaced by '-' and its edges trimmed (N3/N4), unique in the call; null when
    /// that leaves no name of 2 to 255 characters, which only a choice can fix (FLS1001).
    /// </summary>
    public string? MechanicalRepair() => UniqueValues.RepairAt(Names, Index, CharactersAndEdges, ResourceNameRule.MaxLength);

    /// <summary>The rules' full repair (it also pads a one-character name and shortens a long one), unique in the call.</summary>
    public string? FullRepair() => UniqueValues.RepairAt(Names, Index, Full, ResourceNameRule.MaxLength);

    /// <summary>A new name for the later of two equal names, free in the call: "web-1" becomes "web-2".</summary>
    public string? Rename()
    {
        var taken = new HashSet<string>(Names.Where((name, i) => name != null && i != Index).Select(name => name!), System.StringComparer.Ordinal);
        return Names[Index] is { } name ? UniqueValues.Free(name, taken, ResourceNameRule.MaxLength) : null;
    }

    private static string? Full(string? name)
        => name is null || ResourceNameRule.IsValid(name) ? null : ResourceNameRule.Repair(name) ?? UniqueValues.NoRepair;

    private static string? CharactersAndEdges(string? name)
    {
        if (name is null || ResourceNameRule.IsValid(name))
        {
            return null;
        }

        var repaired = ResourceNameRule.Repair(name);
        var replaced = new string(name.Select(c => ResourceNameRule.IsAllowed(c) ? c : '-').ToArray()).Trim('-', '.', '_');
        return repaired != null && repaired == replaced ? repaired : UniqueValues.NoRepair;
    }
}
