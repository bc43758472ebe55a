using Fluent.Lightsail.Generator.Model;

namespace Fluent.Lightsail.Generator.Tests.Units;

/// <summary>Pipeline outputs stay cached only if collections inside them compare by value.</summary>
public sealed class EquatableArrayTests
{
    [Fact]
    public void Arrays_with_equal_items_are_equal_and_hash_alike()
    {
        var left = new EquatableArray<TagSpec>([new TagSpec("a", "1"), new TagSpec("b", null)]);
        var right = new EquatableArray<TagSpec>([new TagSpec("a", "1"), new TagSpec("b", null)]);

        Assert.Equal(left, right);
        Assert.True(left == right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void Order_and_items_matter()
    {
        var ab = new EquatableArray<string>(["a", "b"]);

        Assert.NotEqual(ab, new EquatableArray<string>(["b", "a"]));
        Assert.NotEqual(ab, new EquatableArray<string>(["a"]));
        Assert.NotEqual(ab, new EquatableArray<string>(["a", "c"]));
    }

    [Fact]
    public void The_default_is_empty()
    {
        Assert.Equal(EquatableArray<string>.Empty, default);
        Assert.Empty(default(EquatableArray<string>));
    }

    [Fact]
    public void Records_holding_arrays_compare_by_value()
    {
        var first = new AssemblyDefaultsSpec(new EquatableArray<string?>(["z", null]), new EquatableArray<TagSpec>([new TagSpec("a", "1")]));
        var second = new AssemblyDefaultsSpec(new EquatableArray<string?>(["z", null]), new EquatableArray<TagSpec>([new TagSpec("a", "1")]));

        Assert.Equal(first, second);
    }
}
