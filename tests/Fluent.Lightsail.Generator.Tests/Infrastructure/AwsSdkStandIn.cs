using System.Reflection;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Fluent.Lightsail.Generator.Tests.Infrastructure;

/// <summary>
/// The stand-in for the official AWSSDK.Lightsail (Bridge/InMemory/AmazonLightsailStandIn.cs, an embedded resource),
/// compiled once into an in-memory assembly of that name against AWSSDK.Core, as a user's project would reference it.
/// </summary>
internal sealed class AwsSdkStandIn
{
    public const string AssemblyName = "AWSSDK.Lightsail";

    private static readonly Lazy<AwsSdkStandIn> CurrentRelease = new(() => new AwsSdkStandIn(olderRelease: false));
    private static readonly Lazy<AwsSdkStandIn> OlderReleaseInstance = new(() => new AwsSdkStandIn(olderRelease: true));

    private AwsSdkStandIn(bool olderRelease) => Image = CompileImage(olderRelease);

    /// <summary>The v4 surface.</summary>
    public static AwsSdkStandIn Current => CurrentRelease.Value;

    /// <summary>A release without <c>IpAddressType</c> and <c>StopInstanceOnIdleRequest</c>.</summary>
    public static AwsSdkStandIn OlderRelease => OlderReleaseInstance.Value;

    /// <summary>The v4 surface as a metadata reference, for the user's compilation.</summary>
    public static MetadataReference Reference => Current.MetadataReference;

    /// <summary>The recording fake <c>IAmazonLightsail</c> (Bridge/InMemory/RecordingLightsail.cs), as user source.</summary>
    public static string RecordingClientSource => ReadResource("RecordingLightsail.cs");

    /// <summary>The compiled assembly, to load next to a probe that references it.</summary>
    public byte[] Image { get; }

    /// <summary>A metadata reference to the compiled assembly.</summary>
    public MetadataReference MetadataReference => MetadataReference.CreateFromImage(Image);

    /// <summary>The in-memory assemblies a probe using the SDK needs, by name.</summary>
    public IReadOnlyDictionary<string, byte[]> Assemblies => new Dictionary<string, byte[]> { [AssemblyName] = Image };

    public static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static byte[] CompileImage(bool olderRelease)
    {
        // The real package's net8.0 build: the interface's static IAmazonService members are compiled in.
        string[] symbols = olderRelease ? ["NET8_0_OR_GREATER", "OLDER_RELEASE"] : ["NET8_0_OR_GREATER"];
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: symbols);
        var compilation = CSharpCompilation.Create(
            AssemblyName,
            [CSharpSyntaxTree.ParseText(ReadResource("AmazonLightsailStandIn.cs"), parseOptions, path: "AmazonLightsailStandIn.cs")],
            [.. Net100.References.All, TestReferences.AwsSdkCore],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException("The AWSSDK.Lightsail stand-in does not compile:" + Environment.NewLine
                + string.Join(Environment.NewLine, result.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)));
        }

        return image.ToArray();
    }
}
