namespace Fluent.Lightsail.Generator.Model;

/// <summary>Which level an inherited value comes from; the generated XML docs say it.</summary>
internal enum ValueOrigin
{
    Template,
    AssemblyDefaults,
}
