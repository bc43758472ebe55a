using System.Globalization;

namespace Fluent.Lightsail.Benchmarks.Editor;

/// <summary>The resident memory of a process and all its descendants, read from /proc (Linux only).</summary>
internal static class ProcessTreeMemory
{
    public static long ResidentBytes(int rootPid)
    {
        long total = 0;
        var seen = new HashSet<int>();
        var queue = new Queue<int>([rootPid]);
        while (queue.Count > 0)
        {
            var pid = queue.Dequeue();
            if (!seen.Add(pid))
            {
                continue;
            }

            total += ResidentKilobytes(pid) * 1024;
            foreach (var child in Children(pid))
            {
                queue.Enqueue(child);
            }
        }

        return total;
    }

    private static long ResidentKilobytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0; // the process ended while we read it
        }
    }

    private static IEnumerable<int> Children(int pid)
    {
        var tasks = $"/proc/{pid}/task";
        if (!Directory.Exists(tasks))
        {
            return [];
        }

        var children = new List<int>();
        foreach (var task in Directory.EnumerateDirectories(tasks))
        {
            try
            {
                foreach (var child in File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    children.Add(int.Parse(child, CultureInfo.InvariantCulture));
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // the thread or process ended while we read it
            }
        }

        return children;
    }
}
