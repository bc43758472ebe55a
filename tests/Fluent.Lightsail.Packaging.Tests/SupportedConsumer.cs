namespace Fluent.Lightsail.Packaging.Tests;

/// <summary>
/// One setup the README promises to support: a fresh project of that kind which takes Fluent.Lightsail from the folder
/// feed, builds with <c>TreatWarningsAsErrors</c> and none of this repository's properties, and leaves behind what the
/// tests compare: the compiler's SARIF log, the generated files and the analyzers passed to the compiler.
/// </summary>
internal sealed record SupportedConsumer(string Name, string Properties, ConsumerSources Sources, string ExtraItems = "")
{
    /// <summary>The oldest Roslyn the registry serves as a compiler package; the package claims Roslyn 4.8+.</summary>
    public const string OldCompilerVersion = "4.14.0";

    public const string SarifFile = "diagnostics.sarif";
    public const string GeneratedFolder = "generated";
    public const string AnalyzersFile = "analyzers.txt";

    public static SupportedConsumer Net8Console { get; } = new(
        "net8.0 console",
        """
        <OutputType>Exe</OutputType>
        <TargetFramework>net8.0</TargetFramework>
        <ImplicitUsings>enable</ImplicitUsings>
        <Nullable>enable</Nullable>
        """,
        ConsumerSources.Current);

    public static SupportedConsumer Net10Console { get; } = new(
        "net10.0 console",
        """
        <OutputType>Exe</OutputType>
        <TargetFramework>net10.0</TargetFramework>
        <ImplicitUsings>enable</ImplicitUsings>
        <Nullable>enable</Nullable>
        """,
        ConsumerSources.Current);

    public static SupportedConsumer NetStandard2_0Library { get; } = new(
        "netstandard2.0 library, C# 7.3",
        """
        <OutputType>Library</OutputType>
        <TargetFramework>netstandard2.0</TargetFramework>
        <LangVersion>7.3</LangVersion>
        """,
        ConsumerSources.CSharp7_3);

    /// <summary>
    /// The net10.0 console compiled by the Microsoft.Net.Compilers.Toolset package. SDK 10 keeps its own compiler unless
    /// <c>RoslynCompilerType</c> is <c>Custom</c>; no shared compiler server, so no old server outlives the test.
    /// </summary>
    public static SupportedConsumer Net10ConsoleWithOldCompiler { get; } = new(
        $"net10.0 console, Roslyn {OldCompilerVersion}",
        Net10Console.Properties + """

        <RoslynCompilerType>Custom</RoslynCompilerType>
        <UseSharedCompilation>false</UseSharedCompilation>
        """,
        ConsumerSources.Current,
        $"""<ItemGroup><PackageReference Include="Microsoft.Net.Compilers.Toolset" Version="{OldCompilerVersion}" PrivateAssets="all" /></ItemGroup>""");

    /// <summary>Writes the project into <paramref name="directory"/>, with the folder feed as its first package source.</summary>
    public void WriteTo(string directory, PackageFixture package)
    {
        package.WriteNuGetConfig(directory);
        // Only what a user would write, plus the three records the tests read (SARIF log, generated files, analyzers).
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
            {Properties}
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <!-- This machine's NuGet mirror serves nearby versions and says so; that is not the package's doing. -->
                <NoWarn>$(NoWarn);NU1603</NoWarn>
                <DefineConstants Condition="'$(Planted)' == 'true'">$(DefineConstants);PLANTED</DefineConstants>
                <ErrorLog>{SarifFile},version=2.1</ErrorLog>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                <CompilerGeneratedFilesOutputPath>{GeneratedFolder}</CompilerGeneratedFilesOutputPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Fluent.Lightsail" Version="{package.Version}" />
                <Compile Remove="{GeneratedFolder}/**" />
              </ItemGroup>
              {ExtraItems}
              <Target Name="RecordAnalyzers" BeforeTargets="CoreCompile">
                <WriteLinesToFile File="{AnalyzersFile}" Lines="@(Analyzer)" Overwrite="true" />
              </Target>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, Sources.CleanFile), Sources.CleanText);
        File.WriteAllText(Path.Combine(directory, Sources.PlantedFile), Sources.PlantedText);
    }

    public override string ToString() => Name;
}
