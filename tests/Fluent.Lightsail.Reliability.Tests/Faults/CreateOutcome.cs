namespace Fluent.Lightsail.Reliability.Tests.Faults;

/// <summary>What the client told the caller about one create: the instances it reported, or the exception it threw.</summary>
internal sealed record CreateOutcome(string Name, CreatedInstances? Created, Exception? Failure)
{
    public bool Succeeded => Created is not null;

    public static async Task<CreateOutcome> OfAsync(string name, Func<Task<CreatedInstances>> create)
    {
        try
        {
            return new CreateOutcome(name, await create(), null);
        }
        catch (Exception exception)
        {
            return new CreateOutcome(name, null, exception);
        }
    }
}
