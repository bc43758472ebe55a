using Fluent.Lightsail.Generator.Model;
using Fluent.Lightsail.Generator.Resolution;
using Fluent.Lightsail.Vocabulary;

namespace Fluent.Lightsail.Generator.Tests.Units;

/// <summary>Merging a template with the assembly defaults, and finding its user data file, as plain data.</summary>
public sealed class TemplateResolverTests
{
    private static readonly TypeHierarchySpec Type = new("Acme", EquatableArray<TypeDeclarationSpec>.Empty, new TypeDeclarationSpec("public", "class", "Web"));

    private static readonly UserDataFilesSpec NoFiles = new(null, EquatableArray<AdditionalFileSpec>.Empty);

    [Fact]
    public void Template_values_win_over_defaults_and_unset_values_inherit()
    {
        var template = Template(zone: "us-east-2a", keyPair: null);
        var defaults = Defaults(zone: "eu-west-1a", keyPair: "org-key");

        var values = TemplateResolver.Resolve(template, defaults, NoFiles)!.Values;

        Assert.Equal(new InheritedValue("us-east-2a", ValueOrigin.Template), values.Property(RequestMembers.AvailabilityZone));
        Assert.Equal(new InheritedValue("org-key", ValueOrigin.AssemblyDefaults), values.Property(RequestMembers.KeyPair));
        Assert.Null(values.Property(RequestMembers.Bundle));
    }

    [Fact]
    public void An_empty_template_value_still_overrides_the_default()
    {
        // Only null means unset; an empty string is a (bad) value the rules must see, not a fall-through.
        var values = TemplateResolver.Resolve(Template(zone: ""), Defaults(zone: "eu-west-1a"), NoFiles)!.Values;

        Assert.Equal(new InheritedValue("", ValueOrigin.Template), values.Property(RequestMembers.AvailabilityZone));
    }

    [Fact]
    public void Tags_merge_by_key_keeping_assembly_order_then_template_order()
    {
        var merged = ValueMerger.MergeTags(
            Tags(("role", "web"), ("owner", "ops")),
            Tags(("cost-center", "platform"), ("role", "generic"), ("team", "infra")));

        Assert.Equal(
            [
                new InheritedTag("cost-center", "platform", ValueOrigin.AssemblyDefaults),
                new InheritedTag("team", "infra", ValueOrigin.AssemblyDefaults),
                new InheritedTag("role", "web", ValueOrigin.Template),
                new InheritedTag("owner", "ops", ValueOrigin.Template),
            ],
            merged);
    }

    [Fact]
    public void Duplicate_keys_within_one_level_are_kept()
    {
        var merged = ValueMerger.MergeTags(Tags(("a", "1"), ("a", "2")), Tags(("b", "1"), ("b", "2")));

        Assert.Equal(["b", "b", "a", "a"], merged.Select(tag => tag.Key));
        Assert.Equal(["1", "2", "1", "2"], merged.Select(tag => tag.Value));
    }

    [Fact]
    public void A_template_duplicate_still_replaces_every_assembly_tag_with_its_key()
    {
        var merged = ValueMerger.MergeTags(Tags(("a", "t1"), ("a", "t2")), Tags(("a", "x"), ("a", "y")));

        Assert.Equal(["t1", "t2"], merged.Select(tag => tag.Value));
    }

    [Fact]
    public void A_missing_user_data_file_resolves_to_nothing()
    {
        var files = new UserDataFilesSpec("/project", new EquatableArray<AdditionalFileSpec>([new AdditionalFileSpec("/project/other.sh", "x")]));

        Assert.Null(TemplateResolver.Resolve(Template(userDataFile: "provision/web.sh"), AssemblyDefaultsSpec.None, files));
    }

    [Fact]
    public void A_user_data_file_is_embedded_with_its_path()
    {
        var files = new UserDataFilesSpec("/project", new EquatableArray<AdditionalFileSpec>([new AdditionalFileSpec("/project/provision/web.sh", "echo web")]));

        var userData = TemplateResolver.Resolve(Template(userDataFile: "provision/web.sh"), AssemblyDefaultsSpec.None, files)!.Values.UserData;

        Assert.Equal(new UserDataSpec("echo web", "provision/web.sh"), userData);
    }

    [Theory]
    [InlineData("provision/web.sh")]
    [InlineData("provision\\web.sh")]
    [InlineData("./provision/web.sh")]
    [InlineData("provision/../provision/web.sh")]
    [InlineData("/project/provision/web.sh")]
    public void Paths_match_whatever_their_separators_and_dot_segments(string requested)
    {
        var file = new AdditionalFileSpec("/project/provision/web.sh", "echo web");
        var files = new UserDataFilesSpec("/project", new EquatableArray<AdditionalFileSpec>([file]));

        Assert.Equal(file, UserDataFileLocator.Find(requested, files));
    }

    [Fact]
    public void A_suffix_matches_only_at_a_folder_boundary()
    {
        var files = new UserDataFilesSpec(null, new EquatableArray<AdditionalFileSpec>([new AdditionalFileSpec("/project/provision/web.sh", "x")]));

        Assert.Null(UserDataFileLocator.Find("eb.sh", files));
        Assert.NotNull(UserDataFileLocator.Find("web.sh", files));
    }

    [Fact]
    public void Without_a_project_folder_the_first_suffix_match_wins()
    {
        var first = new AdditionalFileSpec("/a/provision/web.sh", "first");
        var second = new AdditionalFileSpec("/b/provision/web.sh", "second");
        var files = new UserDataFilesSpec(null, new EquatableArray<AdditionalFileSpec>([first, second]));

        Assert.Equal(first, UserDataFileLocator.Find("provision/web.sh", files));
    }

    [Theory]
    [InlineData("C:\\repo\\app\\provision\\web.sh", "C:/repo/app/provision/web.sh")]
    [InlineData("/repo//app/./provision/web.sh", "/repo/app/provision/web.sh")]
    [InlineData("/repo/app/", "/repo/app")]
    [InlineData("../shared/web.sh", "../shared/web.sh")]
    public void Normalized_paths_use_slashes_and_no_dot_segments(string path, string expected) =>
        Assert.Equal(expected, PathNormalizer.Normalize(path));

    private static TemplateSpec Template(string? zone = null, string? keyPair = null, string? userDataFile = null) =>
        new(Type, new TemplateValuesSpec(Properties(zone, keyPair), EquatableArray<TagSpec>.Empty, null, userDataFile, null, null));

    private static AssemblyDefaultsSpec Defaults(string? zone = null, string? keyPair = null) =>
        new(Properties(zone, keyPair), EquatableArray<TagSpec>.Empty);

    /// <summary>The template properties in vocabulary order: the zone and the key pair set, the others not.</summary>
    private static EquatableArray<string?> Properties(string? zone, string? keyPair)
    {
        var values = new string?[RequestMembers.TemplateProperties.Length];
        values[RequestMembers.PropertyIndex(RequestMembers.AvailabilityZone)] = zone;
        values[RequestMembers.PropertyIndex(RequestMembers.KeyPair)] = keyPair;
        return new EquatableArray<string?>(values);
    }

    private static EquatableArray<TagSpec> Tags(params (string Key, string Value)[] tags) =>
        new(tags.Select(tag => new TagSpec(tag.Key, tag.Value)));
}
