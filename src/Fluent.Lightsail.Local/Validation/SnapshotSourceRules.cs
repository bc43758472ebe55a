using System.Globalization;
using System.Text.Json;
using Fluent.Lightsail.Local.Protocol;
using Fluent.Lightsail.Local.State;

namespace Fluent.Lightsail.Local.Validation;

/// <summary>
/// Where <c>CreateInstancesFromSnapshot</c> takes its image from: a manual snapshot (<c>instanceSnapshotName</c>) or an
/// automatic one (<c>sourceInstanceName</c> with exactly one of <c>restoreDate</c> and
/// <c>useLatestRestorableAutoSnapshot</c>), never both, as the service's parameter docs require.
/// </summary>
internal static class SnapshotSourceRules
{
    public static SnapshotSource Resolve(JsonElement input, LightsailState state, DateTimeOffset now)
    {
        var snapshotName = JsonInput.OptionalString(input, "instanceSnapshotName");
        var sourceInstance = JsonInput.OptionalString(input, "sourceInstanceName");
        var restoreDate = JsonInput.OptionalString(input, "restoreDate");
        var useLatest = JsonInput.OptionalBoolean(input, "useLatestRestorableAutoSnapshot") ?? false;
        _ = JsonInput.OptionalObject(input, "attachedDiskMapping");

        if (snapshotName is not null && sourceInstance is not null)
        {
            throw ServiceErrors.InvalidInput("instanceSnapshotName and sourceInstanceName are mutually exclusive.");
        }

        if (snapshotName is not null)
        {
            if (restoreDate is not null || useLatest)
            {
                throw ServiceErrors.InvalidInput("restoreDate and useLatestRestorableAutoSnapshot apply only to automatic snapshots (sourceInstanceName).");
            }

            return state.FindInstanceSnapshot(snapshotName);
        }

        if (sourceInstance is null)
        {
            throw ServiceErrors.InvalidInput("Specify instanceSnapshotName, or sourceInstanceName with restoreDate or useLatestRestorableAutoSnapshot.");
        }

        if ((restoreDate is not null) == useLatest)
        {
            throw ServiceErrors.InvalidInput("With sourceInstanceName, specify exactly one of restoreDate and useLatestRestorableAutoSnapshot.");
        }

        DateOnly? date = null;
        if (restoreDate is not null)
        {
            date = DateOnly.TryParseExact(restoreDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : throw ServiceErrors.InvalidInput($"The restore date '{restoreDate}' is invalid. It must be in YYYY-MM-DD format.");
        }

        return state.FindAutoSnapshot(sourceInstance, date, now);
    }
}
