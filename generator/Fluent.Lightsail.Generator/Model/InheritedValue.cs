using Fluent.Lightsail.Vocabulary;

namespace Fluent.Lightsail.Generator.Model;

/// <summary>A template value after merging with the assembly defaults, with the level it came from.</summary>
internal sealed record InheritedValue(string Value, ValueOrigin Origin);
