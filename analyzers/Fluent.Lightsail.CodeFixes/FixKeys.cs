namespace Fluent.Lightsail.CodeFixes;

/// <summary>
/// Equivalence keys by kind of fix, never by id or value. <c>dotnet format analyzers</c> takes the key of the first action
/// of the first diagnostic it sees (of any id, in no fixed order) and runs Fix All with it for each id in turn, so a key
/// that named an id or a value would fix one id per run. Mechanical fixes therefore share one key, and Fix All applies
/// the mechanical fix of every diagnostic whatever key it is given; choices have no key, so no Fix All applies them.
/// </summary>
public static class FixKeys
{
    public const string Mechanical = "Fluent.Lightsail.Mechanical";
}
