namespace Fluent.Lightsail.Testing;

/// <summary>Finds the repository from the test's output folder, so tests that read its files run from any clone.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Fluent.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Fluent.sln above {AppContext.BaseDirectory}.");
    }
}
