namespace Fluent.Lightsail.Reliability.Tests.Fuzzing;

/// <summary>The raw material of mutations: tokens, wrong-typed arguments, attribute soup, shapes, odd strings and paths.</summary>
internal static class MutationFragments
{
    public static readonly string[] Tokens =
    [
        "(", ")", "[", "]", "{", "}", ",", ";", "=", ":", ".", "?", "!", "<", ">", "<T>", "\"", "@\"", "$\"", "\"\"\"", "'",
        "partial", "static", "class", "struct", "record", "interface", "enum", "file", "sealed", "abstract", "ref", "readonly",
        "where T : class", "new()", "null", "default", "42", "-1", "1e400", "0x", "true", "typeof(int)", "nameof(x)", "__arglist",
        "#if X", "#endif", "#region", "#pragma warning disable", "#nullable disable", "#line 1 \"x\"", "/*", "*/", "//", "///",
        "\\u0000", "assembly:", "global::", "Fluent.Lightsail.", "InstanceTemplate", "Tag", "UserData", "UserDataFile", "AutoSnapshot",
        "StopInstanceOnIdle", "TemplateDefaults", "Named", "Build", "CreateAsync", "WithTag", "=>", "async", "await", "unsafe",
        "fixed", "stackalloc", "params", "this", "base", "operator", "implicit", "extern", "delegate", "event",
    ];

    /// <summary>Expressions of the wrong type (or no type) for a string attribute argument or builder parameter.</summary>
    public static readonly string[] WrongArguments =
    [
        "42", "-7", "1.5", "true", "'c'", "null", "default", "default(string)", "typeof(int)", "new[] { \"a\" }", "new object()",
        "Blueprints.NoSuchBlueprint", "Bundles", "nameof(Bundles)", "(string)null", "\"a\" + 1", "1 + 2", "System.DayOfWeek.Monday",
        "new string('x', 3)", "string.Empty", "$\"{1}\"", "x => x", "() => \"a\"", "__arglist()", "throw null", "\"\"u8", "[\"a\"]",
    ];

    /// <summary>Attribute lists, right and wrong: unknown names, wrong targets, duplicates, missing or extra arguments.</summary>
    public static readonly string[] Attributes =
    [
        "[InstanceTemplate]", "[InstanceTemplate()]", "[InstanceTemplate(Blueprint = null)]", "[InstanceTemplate(Nope = \"x\")]",
        "[InstanceTemplate(\"positional\")]", "[InstanceTemplate(Blueprint = \"a\", Blueprint = \"b\")]", "[Fluent.Lightsail.InstanceTemplate]",
        "[global::Fluent.Lightsail.InstanceTemplateAttribute(Bundle = \"small_3_0\")]", "[Tag]", "[Tag(\"k\")]", "[Tag(\"k\", \"v\", \"extra\")]",
        "[Tag(null)]", "[Tag(null, null)]", "[Tag(key: \"k\", value: \"v\")]", "[Tag(value: \"v\", key: \"k\")]", "[Tag(\"\", \"\")]",
        "[UserData]", "[UserData(null)]", "[UserData(\"#!/bin/sh\")]", "[UserDataFile]", "[UserDataFile(null)]", "[UserDataFile(\"\")]",
        "[AutoSnapshot]", "[AutoSnapshot(null)]", "[AutoSnapshot(\"99:99\")]", "[AutoSnapshot(\"06:00\", \"07:00\")]",
        "[StopInstanceOnIdle]", "[StopInstanceOnIdle(\"5\")]", "[StopInstanceOnIdle(null, null)]", "[StopInstanceOnIdle(\"-1\", \"1e9\")]",
        "[TemplateDefaults(AvailabilityZone = \"x\")]", "[assembly: TemplateDefaults]", "[assembly: Tag(\"k\", \"v\")]",
        "[assembly: Fluent.Lightsail.TemplateDefaults(Bundle = null)]", "[module: Tag(\"k\")]", "[return: Tag(\"k\")]", "[field: Tag(\"k\")]",
        "[type: InstanceTemplate]", "[Obsolete]", "[System.Serializable]", "[NoSuchAttribute(1, 2)]", "[Tag(\"a\"), Tag(\"a\"), Tag(\"a\")]",
        "[InstanceTemplate, InstanceTemplate]", "[System.Diagnostics.CodeAnalysis.SuppressMessage(\"x\", \"y\")]", "[,]", "[", "[]",
    ];

    /// <summary>Replacements of a template's type-declaration head.</summary>
    public static readonly string[] Shapes =
    [
        "partial class", "class", "partial struct", "struct", "partial record", "partial record class", "partial record struct",
        "record struct", "static partial class", "partial class G<T>", "file partial class", "abstract partial class",
        "sealed partial class", "partial interface", "enum", "ref partial struct", "readonly partial record struct", "unsafe partial class",
        "partial partial class", "new partial class", "public private partial class", "partial class X : System.Exception",
    ];

    /// <summary>Openers of odd nesting around a template; each is closed by one '}'.</summary>
    public static readonly string[] Wrappers =
    [
        "partial class Wrap {", "class NotPartial {", "partial class Generic<T> {", "partial struct Holder {", "partial interface IHolder {",
        "static partial class StaticHolder {", "partial record Rec {", "namespace Inner {", "partial class A { partial class B {",
        "file partial class Local {", "partial class WithMethod { void M() {", "enum E {", "delegate void D(); partial class After {",
    ];

    /// <summary>[UserDataFile] paths a user may break: missing, escaping the project, absolute, Windows, odd characters.</summary>
    public static readonly string[] Paths =
    [
        "provision/web.sh", "provision\\web.sh", "./provision/web.sh", "../provision/web.sh", "provision/../../etc/passwd", "/", "", " ",
        ".", "..", "//", "C:\\scripts\\web.sh", "/abs/provision/web.sh", "provision/missing.sh", "PROVISION/WEB.SH", "provision/web.sh/",
        "provision//web.sh", "prov\u00EDsion/w\u00E9b.sh", "\u0000", "a\u202Eb.sh", "\uD800.sh", "con", "provision/web.sh:stream", "*?.sh",
        "https://example.invalid/web.sh", "file:///provision/web.sh", "~/web.sh", "%TEMP%/web.sh",
    ];

    /// <summary>AdditionalFiles paths, matching and not, plus texts including unreadable (null) and large ones.</summary>
    public static readonly string[] AdditionalPaths =
    [
        "/project/provision/web.sh", "/other/provision/web.sh", "provision/web.sh", "provision\\web.sh", "/project/prov\u00EDsion/w\u00E9b.sh",
        "", "/", "C:\\project\\provision\\web.sh", "/project/provision/missing.sh", "/project/./provision/../provision/web.sh",
        "/project/PROVISION/WEB.SH", "/project/.sh", "\u0000", "/project/provision/web.sh",
    ];
}
