using System;
using System.Collections.Generic;
using Fluent.Lightsail.Model;

namespace Fluent.Lightsail;

/// <summary>A snapshot reported after every poll while waiting for operations.</summary>
public sealed class OperationProgress
{
    /// <summary>Creates a snapshot.</summary>
    public OperationProgress(IReadOnlyList<Operation> operations, int poll, TimeSpan elapsed)
    {
        Operations = operations ?? throw new ArgumentNullException(nameof(operations));
        Poll = poll;
        Elapsed = elapsed;
        foreach (var operation in operations)
        {
            if (OperationStates.IsTerminal(operation))
            {
                TerminalCount++;
            }

            if (OperationStates.IsFailed(operation))
            {
                FailedCount++;
            }
        }
    }

    /// <summary>The latest known state of every operation, in the order they were created.</summary>
    public IReadOnlyList<Operation> Operations { get; }

    /// <summary>How many polls have been made; 0 for the snapshot taken before the first poll.</summary>
    public int Poll { get; }

    /// <summary>The time spent waiting so far.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>How many operations have reached a final status.</summary>
    public int TerminalCount { get; }

    /// <summary>How many operations have failed.</summary>
    public int FailedCount { get; }

    /// <summary>The number of operations.</summary>
    public int Total => Operations.Count;

    /// <summary>Whether every operation has reached a final status.</summary>
    public bool IsComplete => TerminalCount == Total;
}
