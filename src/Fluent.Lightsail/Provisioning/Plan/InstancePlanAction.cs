namespace Fluent.Lightsail;

/// <summary>What provisioning would do for one instance name.</summary>
public enum InstancePlanAction
{
    /// <summary>No instance has the name: it would be created.</summary>
    Create,

    /// <summary>An instance has the name and shows every desired member (user data cannot be compared).</summary>
    UpToDate,

    /// <summary>An instance has the name but differs from the desired one; see <see cref="InstancePlan.Differences"/>.</summary>
    Drifted,
}
