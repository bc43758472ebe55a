using System;

namespace Fluent.Lightsail;

/// <summary>
/// An inline launch script run once at first boot: a shell script on Linux, or a <c>&lt;powershell&gt;</c> block on
/// Windows. Use <see cref="UserDataFileAttribute"/> instead to keep the script in its own file.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class UserDataAttribute : Attribute
{
    /// <summary>
    /// Runs <paramref name="script"/> once at first boot: <c>#!/bin/bash</c> and the like on Linux/Unix, a
    /// <c>&lt;powershell&gt;</c> block on Windows. Up to 16 KB of UTF-8 (FLS4001).
    /// </summary>
    /// <param name="script">The script text, sent as is (not base64).</param>
    public UserDataAttribute(string script) => Script = script;

    /// <summary>The script text.</summary>
    public string Script { get; }
}
