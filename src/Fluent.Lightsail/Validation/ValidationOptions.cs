using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using Fluent.Lightsail.Rules;
using Microsoft.Extensions.Logging;

namespace Fluent.Lightsail;

/// <summary>
/// The run-time side of the rules: which rules <c>Build()</c>, <c>CreateAsync</c> and
/// <see cref="CreateInstancesRequestValidator"/> enforce, at which level, and where their warnings go. An immutable value:
/// each <c>With…</c> returns a new one, so a <see cref="Default"/> can be read from any thread while it is replaced.
/// </summary>
/// <example>
/// <code>
/// ValidationOptions.Default = ValidationOptions.Default
///     .WithRuleLevel("FLS6003", RuleLevel.Warning)   // Lightsail now accepts the value: send it, but say so
///     .WithLogger(logger);                           // every warning Build() finds, as a log entry
/// </code>
/// </example>
public sealed class ValidationOptions
{
    private static readonly IReadOnlyDictionary<string, RuleLevel> NoLevels = new Dictionary<string, RuleLevel>();
    private static readonly Lazy<HashSet<string>> KnownRuleIds = new(() => new HashSet<string>(
        typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!),
        StringComparer.Ordinal));

    private static ValidationOptions s_default = new();

    /// <summary>Options that enforce every rule at its own level and log nothing.</summary>
    public ValidationOptions()
        : this(NoLevels, null)
    {
    }

    private ValidationOptions(IReadOnlyDictionary<string, RuleLevel> ruleLevels, ILogger? logger)
    {
        RuleLevels = ruleLevels;
        Logger = logger;
    }

    /// <summary>
    /// The options every builder's <c>Build()</c> and <c>CreateAsync</c> use, and <see cref="CreateInstancesRequestValidator"/>
    /// when it is given none. Process-wide, like <c>AWSConfigs</c>: set it once at startup.
    /// </summary>
    public static ValidationOptions Default
    {
        get => Volatile.Read(ref s_default);
        set => Volatile.Write(ref s_default, value ?? throw new ArgumentNullException(nameof(value)));
    }

    /// <summary>The rules whose level differs from their own, by id (<c>FLS6003</c>).</summary>
    public IReadOnlyDictionary<string, RuleLevel> RuleLevels { get; }

    /// <summary>Where <c>Build()</c> writes the warnings and notes of a request it builds, or <see langword="null"/>.</summary>
    public ILogger? Logger { get; }

    /// <summary>
    /// Options in which <paramref name="ruleId"/> has <paramref name="level"/>: <see cref="RuleLevel.None"/> turns a rule
    /// off, <see cref="RuleLevel.Warning"/> reports it without blocking the request, <see cref="RuleLevel.Error"/> makes a
    /// warning block it.
    /// </summary>
    /// <param name="ruleId">A rule id such as <c>FLS6003</c> (constants in <see cref="RuleIds"/>).</param>
    /// <param name="level">The level the rule has from now on.</param>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is not a rule of this version.</exception>
    public ValidationOptions WithRuleLevel(string ruleId, RuleLevel level)
    {
        if (ruleId is null || !KnownRuleIds.Value.Contains(ruleId))
        {
            throw new ArgumentException(
                $"'{ruleId}' is not a Fluent.Lightsail rule id. Use an id such as FLS6003 (RuleIds has them all; each has a page under docs/rules).",
                nameof(ruleId));
        }

        if (level is < RuleLevel.Error or > RuleLevel.None)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Use RuleLevel.Error, Warning, Info or None.");
        }

        var levels = new Dictionary<string, RuleLevel>(StringComparer.Ordinal);
        foreach (var pair in RuleLevels)
        {
            levels[pair.Key] = pair.Value;
        }

        levels[ruleId] = level;
        return new ValidationOptions(levels, Logger);
    }

    /// <summary>Options that log the warnings and notes of every request <c>Build()</c> builds to <paramref name="logger"/>.</summary>
    /// <param name="logger">The logger, or <see langword="null"/> to log nothing.</param>
    public ValidationOptions WithLogger(ILogger? logger) => new(RuleLevels, logger);

    /// <summary>Whether these options leave every rule as it is and log nothing, so that the builder's quick check is enough.</summary>
    internal bool ChangesNothing => RuleLevels.Count == 0 && (Logger is null || !Logger.IsEnabled(LogLevel.Warning));

    /// <summary>The violations as these options see them: a rule turned off is dropped, a rule set to another level has it.</summary>
    internal RuleViolationList Apply(IReadOnlyList<RuleViolation> violations)
    {
        var applied = new RuleViolationList();
        foreach (var violation in violations)
        {
            if (!RuleLevels.TryGetValue(violation.RuleId, out var level))
            {
                applied.Add(violation);
            }
            else if (level != RuleLevel.None)
            {
                var severity = level switch
                {
                    RuleLevel.Error => RuleSeverity.Error,
                    RuleLevel.Warning => RuleSeverity.Warning,
                    _ => RuleSeverity.Info,
                };
                applied.Add(severity == violation.Severity
                    ? violation
                    : new RuleViolation(violation.RuleId, severity, violation.Member, violation.Value, violation.Message, violation.FixData));
            }
        }

        return applied;
    }

    /// <summary>Writes each warning and note to <see cref="Logger"/>, if there is one; errors are the exception's to tell.</summary>
    internal void Log(string subject, IReadOnlyList<RuleViolation> violations)
    {
        if (Logger is null)
        {
            return;
        }

        foreach (var violation in violations)
        {
            switch (violation.Severity)
            {
                case RuleSeverity.Warning:
                    RuleLog.Warning(Logger, subject, violation.RuleId, violation.Member, violation.Message, null);
                    break;
                case RuleSeverity.Info:
                    RuleLog.Note(Logger, subject, violation.RuleId, violation.Member, violation.Message, null);
                    break;
            }
        }
    }

    // The value itself is not logged: it may be a launch script, and scripts carry secrets. The message names the fix.
    private static class RuleLog
    {
        public static readonly Action<ILogger, string, string, string, string, Exception?> Warning = LoggerMessage.Define<string, string, string, string>(
            LogLevel.Warning, new EventId(1, "LightsailRuleWarning"), "The CreateInstances request for {Subject} breaks {RuleId} at {Member}: {Message}");

        public static readonly Action<ILogger, string, string, string, string, Exception?> Note = LoggerMessage.Define<string, string, string, string>(
            LogLevel.Information, new EventId(2, "LightsailRuleNote"), "The CreateInstances request for {Subject} has a note, {RuleId} at {Member}: {Message}");
    }
}
