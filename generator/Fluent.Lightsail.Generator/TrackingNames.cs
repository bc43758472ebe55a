namespace Fluent.Lightsail.Generator;

/// <summary>The names of the generator's pipeline steps, so that tests can check what each step cached.</summary>
public static class TrackingNames
{
    /// <summary>Each <c>[InstanceTemplate]</c> declaration as a <c>TemplateSpec</c>, or null for an invalid shape.</summary>
    public const string Templates = nameof(Templates);

    /// <summary>The templates of valid shape.</summary>
    public const string ValidTemplates = nameof(ValidTemplates);

    /// <summary>The assembly's <c>[TemplateDefaults]</c> and <c>[assembly: Tag]</c>, projected from the compilation.</summary>
    public const string AssemblyDefaults = nameof(AssemblyDefaults);

    /// <summary>The project folder, from the <c>build_property.ProjectDir</c> global option.</summary>
    public const string ProjectDirectory = nameof(ProjectDirectory);

    /// <summary>Each AdditionalFiles item as a normalised path and its text.</summary>
    public const string AdditionalFiles = nameof(AdditionalFiles);

    /// <summary>All AdditionalFiles items together with the project folder.</summary>
    public const string UserDataFiles = nameof(UserDataFiles);

    /// <summary>What the project's C# version lets the generated code use (nullable annotations, params collections).</summary>
    public const string LanguageFeatures = nameof(LanguageFeatures);

    /// <summary>Whether the compilation references the official AWSSDK.Lightsail, and which optional types it has.</summary>
    public const string AwsSdk = nameof(AwsSdk);

    /// <summary>The shared AWSSDK.Lightsail bridge's source text, or null without the SDK.</summary>
    public const string AwsSdkBridge = nameof(AwsSdkBridge);

    /// <summary>Each template merged with the defaults and its user data file, or null when the file is missing.</summary>
    public const string Builders = nameof(Builders);

    /// <summary>The generated source text of each template.</summary>
    public const string GeneratedSources = nameof(GeneratedSources);
}
