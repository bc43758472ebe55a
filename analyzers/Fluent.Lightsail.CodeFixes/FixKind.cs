namespace Fluent.Lightsail.CodeFixes;

/// <summary>Whether a fix's result is certain, or one of several ways out that the user picks by name.</summary>
internal enum FixKind
{
    /// <summary>Certain: lower-casing a zone, HH:MM → HH:00, adding <c>partial</c>, removing an exact duplicate tag.</summary>
    Mechanical,

    /// <summary>A decision: another region, blueprint or bundle, removing an add-on, renaming a duplicate.</summary>
    Choice,
}
