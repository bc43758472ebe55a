using System;

namespace Fluent.Lightsail;

/// <summary>Enables the automatic snapshot add-on: one snapshot a day at the given UTC hour (Linux/Unix instances only).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class AutoSnapshotAttribute : Attribute
{
    /// <summary>
    /// Takes a snapshot of every instance of this template once a day at <paramref name="timeOfDay"/>, in UTC. Lightsail
    /// keeps the last seven. Not for Windows instances (FLS7003).
    /// </summary>
    /// <param name="timeOfDay">
    /// The hour in UTC as <c>HH:00</c>, from <c>00:00</c> to <c>23:00</c>. <see langword="null"/> still turns the add-on on,
    /// and lets Lightsail pick the Region's default hour.
    /// </param>
    public AutoSnapshotAttribute(string timeOfDay) => TimeOfDay = timeOfDay;

    /// <summary>The snapshot time, <c>HH:00</c> in UTC.</summary>
    public string TimeOfDay { get; }
}
