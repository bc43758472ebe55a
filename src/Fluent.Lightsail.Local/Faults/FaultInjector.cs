namespace Fluent.Lightsail.Local;

/// <summary>
/// The queue of faults still to inject. A request takes the first queued fault that matches its operation; a fault
/// with <see cref="Fault.Count"/> n is taken by n requests.
/// </summary>
public sealed class FaultInjector
{
    private readonly object gate = new();
    private readonly List<(Fault Fault, int Remaining)> queue = [];

    /// <summary>Queues faults in order.</summary>
    public void Enqueue(params Fault[] faults)
    {
        ArgumentNullException.ThrowIfNull(faults);
        lock (gate)
        {
            queue.AddRange(faults.Select(fault => (fault, fault.Count)));
        }
    }

    /// <summary>Drops every queued fault.</summary>
    public void Clear()
    {
        lock (gate)
        {
            queue.Clear();
        }
    }

    /// <summary>How many injections are still queued (a fault with Count 3 counts 3).</summary>
    public int Pending
    {
        get
        {
            lock (gate)
            {
                return queue.Sum(entry => entry.Remaining);
            }
        }
    }

    internal Fault? TakeFor(string operation)
    {
        lock (gate)
        {
            var index = queue.FindIndex(entry => entry.Fault.Matches(operation));
            if (index < 0)
            {
                return null;
            }

            var (fault, remaining) = queue[index];
            if (remaining <= 1)
            {
                queue.RemoveAt(index);
            }
            else
            {
                queue[index] = (fault, remaining - 1);
            }

            return fault;
        }
    }
}
