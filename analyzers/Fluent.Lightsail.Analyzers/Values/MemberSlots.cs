using Fluent.Lightsail.Vocabulary;

namespace Fluent.Lightsail.Analyzers;

/// <summary>
/// The request members a <see cref="ValueSet"/> holds, each at a fixed index (its place in <see cref="RequestMembers.All"/>):
/// a value set is then an array of references, so layering a chain over its template is one array copy instead of a
/// dictionary rebuilt entry by entry.
/// </summary>
internal static class MemberSlots
{
    public static readonly int Count = RequestMembers.All.Length;

    /// <summary>The member at each index.</summary>
    public static readonly string[] Names = System.Array.ConvertAll(RequestMembers.All, member => member.JsonName);

    /// <summary>The index of <paramref name="member"/>, or -1 for a member a value set does not hold (tags, add-on flags).</summary>
    public static int IndexOf(string member)
    {
        // Callers pass the vocabulary's own strings, so the reference check almost always decides.
        for (var i = 0; i < Names.Length; i++)
        {
            if ((object)Names[i] == member || Names[i] == member)
            {
                return i;
            }
        }

        return -1;
    }
}
