using System.Runtime.CompilerServices;

namespace Fluent.Lightsail.Generator.Tests.Infrastructure;

/// <summary>
/// Compares generated text with a checked-in golden file (Golden/*.g.cs, copied to the test output).
/// To accept a deliberate change of the generated code, run the tests once with <c>FLUENT_UPDATE_GOLDEN=1</c>: each
/// golden test then rewrites its file in the source tree (and still fails, so that an update is never silent), and
/// the diff is reviewed in git like any other change.
/// </summary>
internal static class GoldenFile
{
    private const string UpdateVariable = "FLUENT_UPDATE_GOLDEN";

    public static void AssertMatches(string fileName, string actual, [CallerFilePath] string callerPath = "")
    {
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            var sourceDirectory = Path.Combine(SourceProjectDirectory(callerPath), "Golden");
            Directory.CreateDirectory(sourceDirectory);
            File.WriteAllText(Path.Combine(sourceDirectory, fileName), actual);
            Assert.Fail($"{UpdateVariable}=1: rewrote Golden/{fileName}; run again without it to compare.");
        }

        var expectedPath = Path.Combine(AppContext.BaseDirectory, "Golden", fileName);
        Assert.True(File.Exists(expectedPath), $"Golden/{fileName} is missing; run the tests with {UpdateVariable}=1 to create it.");
        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }

    // The caller is a test file in the project folder; walk up to the folder holding the .csproj.
    private static string SourceProjectDirectory(string callerPath)
    {
        var directory = Path.GetDirectoryName(callerPath);
        while (directory is not null && !Directory.EnumerateFiles(directory, "*.csproj").Any())
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException($"No project folder above {callerPath}.");
    }
}
