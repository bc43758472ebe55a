using System.Collections.Generic;
using Fluent.Lightsail.Generator.Model;
using Fluent.Lightsail.Generator.Steps;
using Fluent.Lightsail.Vocabulary;

namespace Fluent.Lightsail.Generator.Emitting;

/// <summary>
/// The sentence each final-stage method's XML doc carries about the template value it overrides, so that IntelliSense
/// shows what a call replaces (or that the template leaves the member unset).
/// </summary>
internal static class OverrideDocs
{
    public static string Required(InheritedValue? value, StageDefinition stage, string interfaceReference)
    {
        var member = stage.MemberDescription!;
        return value is null
            ? $"The template does not set the {member}; this replaces the one given in the <see cref=\"{interfaceReference}\"/> step."
            : Inherited(value, member);
    }

    public static string KeyPair(InheritedValue? value) =>
        value is null
            ? "The template does not set a key pair; the region's default key pair is used unless you call this."
            : Inherited(value, "key pair");

    public static string IpAddressType(InheritedValue? value) =>
        value is null
            ? "The template does not set an IP address type; the service default <c>dualstack</c> is used unless you call this."
            : Inherited(value, "IP address type");

    public static string UserData(UserDataSpec? userData) =>
        userData is null ? "The template has no launch script; none runs unless you call this."
        : userData.SourceFile is { } file ? $"Overrides the template's launch script, read from {Literals.DocCode(file)} at compile time."
        : "Overrides the template's inline launch script.";

    public static string WithAutoSnapshot(AutoSnapshotSpec? autoSnapshot) =>
        autoSnapshot is null
            ? "The template does not enable AutoSnapshot; this enables it."
            : $"Overrides the template's AutoSnapshot time {Code(autoSnapshot.SnapshotTimeOfDay)}.";

    public static string WithoutAutoSnapshot(AutoSnapshotSpec? autoSnapshot) =>
        autoSnapshot is null
            ? "The template does not enable AutoSnapshot; this undoes an earlier <c>WithAutoSnapshot</c> call."
            : $"Turns off the AutoSnapshot add-on that the template enables at {Code(autoSnapshot.SnapshotTimeOfDay)}.";

    public static string WithStopInstanceOnIdle(StopInstanceOnIdleSpec? stopOnIdle) =>
        stopOnIdle is null
            ? "The template does not enable StopInstanceOnIdle; this enables it."
            : $"Overrides the template's StopInstanceOnIdle threshold {Code(stopOnIdle.Threshold)} and duration {Code(stopOnIdle.Duration)}.";

    public static string WithoutStopInstanceOnIdle(StopInstanceOnIdleSpec? stopOnIdle) =>
        stopOnIdle is null
            ? "The template does not enable StopInstanceOnIdle; this undoes an earlier <c>WithStopInstanceOnIdle</c> call."
            : $"Turns off the StopInstanceOnIdle add-on that the template enables (threshold {Code(stopOnIdle.Threshold)}, duration {Code(stopOnIdle.Duration)}).";

    public static string Tags(EquatableArray<InheritedTag> tags)
    {
        if (tags.Count == 0)
        {
            return "The template has no tags.";
        }

        var parts = new List<string>(tags.Count);
        foreach (var tag in tags)
        {
            var text = tag.Value is null ? Code(tag.Key) : Literals.DocCode((tag.Key ?? "null") + "=" + tag.Value);
            parts.Add(tag.Origin == ValueOrigin.AssemblyDefaults ? text + " (from the assembly)" : text);
        }

        return "The template's tags: " + string.Join(", ", parts) + ".";
    }

    private static string Inherited(InheritedValue value, string member) =>
        value.Origin == ValueOrigin.Template
            ? $"Overrides the template's {member} {Literals.DocCode(value.Value)}."
            : $"Overrides the {member} {Literals.DocCode(value.Value)} that the template takes from the assembly's <c>[TemplateDefaults]</c>.";

    private static string Code(string? value) => value is null ? "<c>null</c>" : Literals.DocCode(value);
}
