using System;

namespace Fluent.Lightsail;

/// <summary>
/// A launch script read at compile time from a file of the project. The file must be an <c>AdditionalFiles</c> item
/// (<c>&lt;AdditionalFiles Include="provision/web.sh" /&gt;</c>); the generator embeds its text in the builder, so
/// nothing is read at run time.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class UserDataFileAttribute : Attribute
{
    /// <summary>
    /// Runs the script in the project file at <paramref name="path"/> once at first boot. The file must be an
    /// <c>AdditionalFiles</c> item (FLS9007); its text is embedded at compile time.
    /// </summary>
    /// <param name="path">The path of the file, relative to the project folder, with <c>/</c> or <c>\</c> separators.</param>
    public UserDataFileAttribute(string path) => Path = path;

    /// <summary>The path of the file, as written.</summary>
    public string Path { get; }
}
