using Amazon.Runtime;

namespace Fluent.Lightsail.Model;

/// <summary>The result of <c>GetInstance</c>, as <c>Amazon.Lightsail.Model.GetInstanceResponse</c>.</summary>
public sealed class GetInstanceResponse : AmazonWebServiceResponse
{
    /// <summary>The instance.</summary>
    public Instance? Instance { get; set; }

    /// <summary>
    /// The server's clock minus the client's, as this answer shows it: its <c>Date</c> header minus the moment it was
    /// read. Never more than the true offset (the header is rounded down to the second, and sent before it was read).
    /// </summary>
    internal System.TimeSpan? ServerClockOffsetAtMost { get; set; }
}
