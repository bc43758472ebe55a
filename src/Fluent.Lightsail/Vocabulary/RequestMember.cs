namespace Fluent.Lightsail.Vocabulary;

/// <summary>
/// One member of <c>CreateInstances</c> that the DSL sets: how the request, the attributes and the builder spell it.
/// Compiled into the runtime and linked into the generator and the analyzers, so that the three read one table
/// (<see cref="RequestMembers"/>) instead of each spelling the members out.
/// </summary>
internal sealed class RequestMember
{
    public RequestMember(
        string jsonName,
        string attribute,
        string argument,
        int argumentIndex,
        string builderMethod,
        string builderParameter,
        ValueGroup group,
        string words,
        string? catalogType = null)
    {
        JsonName = jsonName;
        Attribute = attribute;
        Argument = argument;
        ArgumentIndex = argumentIndex;
        BuilderMethod = builderMethod;
        BuilderParameter = builderParameter;
        Group = group;
        Words = words;
        CatalogType = catalogType;
    }

    /// <summary>The member's path in the request's JSON, as the rules and diagnostics name it (<c>keyPairName</c>).</summary>
    public string JsonName { get; }

    /// <summary>The DSL attribute class that writes the member on a template (<c>InstanceTemplateAttribute</c>).</summary>
    public string Attribute { get; }

    /// <summary>The attribute's property (<c>KeyPair</c>) or constructor parameter (<c>timeOfDay</c>) that holds the value.</summary>
    public string Argument { get; }

    /// <summary>The constructor position of <see cref="Argument"/>, or -1 for a named property.</summary>
    public int ArgumentIndex { get; }

    /// <summary>Whether [InstanceTemplate] and [assembly: TemplateDefaults] set the member by a named property.</summary>
    public bool IsTemplateProperty => ArgumentIndex < 0;

    /// <summary>The generated builder method that sets the member (<c>WithKeyPair</c>).</summary>
    public string BuilderMethod { get; }

    /// <summary>That method's parameter for the member (<c>keyPairName</c>).</summary>
    public string BuilderParameter { get; }

    /// <summary>The group of values the member belongs to: an add-on's time and its on/off switch are one group.</summary>
    public ValueGroup Group { get; }

    /// <summary>The member in a few words for docs and messages (<c>key pair</c>), as hovering a template shows its values.</summary>
    public string Words { get; }

    /// <summary>The catalogue class whose constants name values of the member, or null.</summary>
    public string? CatalogType { get; }

    public override string ToString() => JsonName;
}
