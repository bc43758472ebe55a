namespace Fluent.Lightsail.Analyzers;

/// <summary>Which of the DSL's attributes an application is (see <see cref="KnownSymbols.Classify"/>).</summary>
internal enum DslAttribute
{
    None,
    InstanceTemplate,
    TemplateDefaults,
    Tag,
    UserData,
    UserDataFile,
    AutoSnapshot,
    StopInstanceOnIdle,
}
