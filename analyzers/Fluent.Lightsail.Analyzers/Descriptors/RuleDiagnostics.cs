using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Fluent.Lightsail.Rules;
using Microsoft.CodeAnalysis;

namespace Fluent.Lightsail.Analyzers;

/// <summary>Turns rule violations into diagnostics: the rule's message, the rule's fix data as properties.</summary>
internal static class RuleDiagnostics
{
    /// <summary>The property that names the request member (JSON spelling) a diagnostic is about.</summary>
    public const string MemberProperty = "Member";

    public static Diagnostic Create(RuleViolation violation, Location location, IEnumerable<Location>? additionalLocations = null)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        foreach (var pair in violation.FixData)
        {
            properties[pair.Key] = pair.Value;
        }

        properties[MemberProperty] = violation.Member;
        return Diagnostic.Create(
            DiagnosticDescriptors.ForRule(violation.RuleId),
            location,
            additionalLocations,
            properties.ToImmutable(),
            violation.Message);
    }

    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, string message, ImmutableDictionary<string, string?>? properties = null, IEnumerable<Location>? additionalLocations = null)
        => Diagnostic.Create(descriptor, location, additionalLocations, properties, message);
}
