using Fluent.Lightsail.Vocabulary;

namespace Fluent.Lightsail.Generator.Model;

/// <summary>A tag of the merged template, with the level it came from.</summary>
internal sealed record InheritedTag(string? Key, string? Value, ValueOrigin Origin) : IMergedTag
{
    /// <summary>Attribute arguments are constants: every key is known.</summary>
    public bool IsKeyKnown => true;
}
