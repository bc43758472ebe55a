using System.Globalization;
using System.Text;
using Fluent.Lightsail.Local.Protocol;

namespace Fluent.Lightsail.Local.State;

/// <summary>
/// The opaque <c>nextPageToken</c> of <c>GetInstances</c>: the list position (creation time, name) of the last instance
/// of a page, base64-encoded. A token that does not decode is the service's <c>InvalidInputException</c>.
/// </summary>
internal static class PageToken
{
    public static string After(InstanceRecord last) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{last.CreatedAt.UtcTicks}:{last.Name}")));

    public static (long Ticks, string Name) Parse(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && long.TryParse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
            {
                return (ticks, text[(colon + 1)..]);
            }
        }
        catch (FormatException)
        {
        }

        throw ServiceErrors.InvalidInput($"The page token '{token}' is invalid. Pass the nextPageToken of a previous GetInstances response.");
    }

    public static int Compare(InstanceRecord instance, (long Ticks, string Name) position)
    {
        var byTime = instance.CreatedAt.UtcTicks.CompareTo(position.Ticks);
        return byTime != 0 ? byTime : string.CompareOrdinal(instance.Name, position.Name);
    }
}
