using Fluent.Lightsail.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Generator.Parsing;

/// <summary>Reads <c>[Tag(key)]</c> and <c>[Tag(key, value)]</c>.</summary>
internal static class TagParser
{
    public static TagSpec Parse(AttributeData attribute) =>
        new(FluentAttributes.StringArgument(attribute, 0), FluentAttributes.StringArgument(attribute, 1));
}
