using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace Fluent.Lightsail.Client.Internal;

/// <summary>
/// Sits directly outside the HTTP handler, so it runs once per request actually sent, whichever retry path
/// (standard, throttling, stale connection) sent it.
/// </summary>
internal sealed class AttemptCountingHandler : PipelineHandler
{
    public override void InvokeSync(IExecutionContext executionContext)
    {
        Count(executionContext);
        base.InvokeSync(executionContext);
    }

    public override Task<T> InvokeAsync<T>(IExecutionContext executionContext)
    {
        Count(executionContext);
        return base.InvokeAsync<T>(executionContext);
    }

    private static void Count(IExecutionContext executionContext) =>
        (executionContext.RequestContext.Options as CountingInvokeOptions)?.CountAttempt();
}
