using Fluent.Lightsail.Generator.Model;
using Fluent.Lightsail.Vocabulary;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Generator.Parsing;

/// <summary>Reads <c>[Tag(key)]</c> and <c>[Tag(key, value)]</c>.</summary>
internal static class TagParser
{
    public const int KeyIndex = 0;
    public const int ValueIndex = 1;

    public static TagSpec Parse(AttributeData attribute) =>
        new(FluentAttributes.StringArgument(attribute, KeyIndex), FluentAttributes.StringArgument(attribute, ValueIndex));

    /// <summary>The constructor parameter names, for the analyzers to locate a key or value.</summary>
    public static string ParameterName(int index) => index == KeyIndex ? RequestMembers.Attributes.TagKey : RequestMembers.Attributes.TagValue;
}
