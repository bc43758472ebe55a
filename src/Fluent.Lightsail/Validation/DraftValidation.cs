using System.Collections.Generic;
using Fluent.Lightsail.Building;
using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail.Validation;

/// <summary>Every violation of a draft's values, as <c>Build()</c> would report them (tests read it to check the rules).</summary>
internal static class DraftValidation
{
    public static IReadOnlyList<RuleViolation> Validate(InstanceRequestDraft draft) => BuilderValidation.Validate(draft.ToState());
}
