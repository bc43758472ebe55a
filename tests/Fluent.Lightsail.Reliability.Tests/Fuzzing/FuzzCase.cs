using Fluent.Lightsail.Reliability.Tests.Infrastructure;

namespace Fluent.Lightsail.Reliability.Tests.Fuzzing;

/// <summary>One mutated source: its index in the run (which fixes its random stream), the edits applied, the text.</summary>
internal sealed record FuzzCase(int Index, string Mutations, string Source)
{
    public string Path => $"/project/Fuzz{Index}.cs";

    public static FuzzCase Create(int seed, int index)
    {
        var random = Seeds.For(seed, index);
        var template = TemplateCorpus.Seeds[random.Next(TemplateCorpus.Seeds.Length)].Replace(TemplateCorpus.Placeholder, index.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        // One in twenty stays intact, so that the batches also hold builders that generate and call sites that bind.
        if (random.Next(20) == 0)
        {
            return new FuzzCase(index, "none", template);
        }

        var (source, applied) = SourceMutator.Mutate(template, random);
        return new FuzzCase(index, applied, source);
    }

    public override string ToString() =>
        $"case {Index} ({Mutations}):\n{(Source.Length > 1500 ? Source[..1500] + "…" : Source)}";
}
