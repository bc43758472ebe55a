using System.Globalization;

namespace Fluent.Lightsail.Analyzers;

/// <summary>
/// The member names of the i-th tag ("tags[3].key", "tags[3].value"). The rules take the name on every check, not only
/// on a violation, so building it per tag was a string concatenation per tag per template in a trace; the names of the
/// first tags (more than a request may hold) are built once.
/// </summary>
internal static class TagMembers
{
    private const int Cached = 64;
    private static readonly string[] Keys = Build(".key");
    private static readonly string[] Values = Build(".value");

    public static string Key(int index) => index < Cached ? Keys[index] : Name(index, ".key");

    public static string Value(int index) => index < Cached ? Values[index] : Name(index, ".value");

    private static string[] Build(string suffix)
    {
        var names = new string[Cached];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = Name(i, suffix);
        }

        return names;
    }

    private static string Name(int index, string suffix) => "tags[" + index.ToString(CultureInfo.InvariantCulture) + "]" + suffix;
}
