using Fluent.Lightsail.Building;
using Fluent.Lightsail.Model;
using Fluent.Lightsail.RuleCases;
using Fluent.Lightsail.Rules;
using Fluent.Lightsail.Validation;

namespace Fluent.Lightsail.Tests.Rules;

/// <summary>Every row of the shared boundary table through the runtime: the builder's draft, Build() and the request validator.</summary>
public sealed class BoundaryTableTests
{
    [Fact]
    public void The_table_has_at_least_150_rows_with_distinct_names()
    {
        Assert.True(BoundaryCases.All.Length >= 150, $"{BoundaryCases.All.Length} rows");
        Assert.Equal(BoundaryCases.All.Length, BoundaryCases.All.Select(row => row.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(BoundaryCases.Rows), MemberType = typeof(BoundaryCases))]
    public void Draft_validation_reaches_the_rows_verdict(BoundaryCase row)
    {
        var violations = DraftValidation.Validate(ToDraft(row));

        Assert.Equal(row.ExpectedIds, Ids(violations));
    }

    [Theory]
    [MemberData(nameof(BoundaryCases.Rows), MemberType = typeof(BoundaryCases))]
    public void Build_throws_exactly_when_an_error_severity_rule_is_broken(BoundaryCase row)
    {
        var draft = ToDraft(row);
        var errors = DraftValidation.Validate(draft).Where(violation => violation.Severity == RuleSeverity.Error).ToList();

        if (errors.Count == 0)
        {
            var request = draft.Build();
            Assert.Equal(row.InstanceNames, request.InstanceNames);
        }
        else
        {
            var exception = Assert.Throws<LightsailValidationException>(() => draft.Build());
            Assert.Equal(row.ExpectedIds, Ids(exception.Violations));
            foreach (var error in errors)
            {
                Assert.Contains(error.RuleId, exception.Message);
            }
        }
    }

    [Theory]
    [MemberData(nameof(BoundaryCases.Rows), MemberType = typeof(BoundaryCases))]
    public void The_request_validator_reaches_the_rows_verdict(BoundaryCase row)
    {
        var violations = CreateInstancesRequestValidator.Validate(ToRequest(row));

        Assert.Equal(row.ExpectedIds, Ids(violations));
    }

    [Theory]
    [MemberData(nameof(BoundaryCases.Rows), MemberType = typeof(BoundaryCases))]
    public void A_generated_builder_reaches_the_rows_verdict_with_the_ip_address_type_passed_as_a_string(BoundaryCase row)
    {
        // The user's path: the template's values, then WithIpAddressType("...") through the model type's string
        // conversion, which must keep the value as written so that Build() sees what the analyzer saw.
        var template = new InstanceTemplateValues(
            "Row",
            row.AvailabilityZone,
            row.Blueprint,
            row.Bundle,
            row.KeyPair,
            ipAddressType: null,
            row.UserData,
            row.AutoSnapshot is { } time ? new AutoSnapshotAddOn(time) : null,
            row.StopInstanceOnIdle is { } idle ? new StopInstanceOnIdleAddOn(idle[0], idle[1]) : null,
            row.Tags.Select(tag => new TemplateTag(tag.Key, tag.Value)).ToArray());
        var stage = InstanceBuilderState.Start(template, row.InstanceNames);
        if (row.IpAddressType != null)
        {
            stage = stage.WithIpAddressType(row.IpAddressType);
        }

        var expectsError = DraftValidation.Validate(ToDraft(row)).Any(violation => violation.Severity == RuleSeverity.Error);
        if (expectsError)
        {
            var exception = Assert.Throws<LightsailValidationException>(() => stage.Build());
            Assert.Equal(row.ExpectedIds, Ids(exception.Violations));
        }
        else
        {
            Assert.Equal(row.IpAddressType, stage.Build().IpAddressType?.Value);
        }
    }

    private static string[] Ids(IEnumerable<RuleViolation> violations)
        => violations.Select(violation => violation.RuleId).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToArray();

    internal static InstanceRequestDraft ToDraft(BoundaryCase row)
    {
        var draft = new InstanceRequestDraft("Row", row.InstanceNames)
        {
            AvailabilityZone = row.AvailabilityZone,
            BlueprintId = row.Blueprint,
            BundleId = row.Bundle,
            KeyPairName = row.KeyPair,
            UserData = row.UserData,
            IpAddressType = row.IpAddressType,
        };

        // Rows hold template-level tags; the template level keeps duplicates so that FLS6006 can see them.
        foreach (var tag in row.Tags)
        {
            draft.InheritTag(tag.Key, tag.Value);
        }

        if (row.AutoSnapshot != null)
        {
            draft.AutoSnapshot = new AutoSnapshotAddOn(row.AutoSnapshot);
        }

        if (row.StopInstanceOnIdle != null)
        {
            draft.StopInstanceOnIdle = new StopInstanceOnIdleAddOn(row.StopInstanceOnIdle[0], row.StopInstanceOnIdle[1]);
        }

        return draft;
    }

    private static CreateInstancesRequest ToRequest(BoundaryCase row)
    {
        var request = new CreateInstancesRequest
        {
            InstanceNames = row.InstanceNames.ToList(),
            AvailabilityZone = row.AvailabilityZone,
            BlueprintId = row.Blueprint,
            BundleId = row.Bundle,
            KeyPairName = row.KeyPair,
            UserData = row.UserData,
            IpAddressType = row.IpAddressType is null ? null : new IpAddressType(row.IpAddressType),
            Tags = row.Tags.Count == 0 ? null : row.Tags.Select(tag => new Tag { Key = tag.Key, Value = tag.Value }).ToList(),
        };

        var addOns = new List<AddOnRequest>();
        if (row.AutoSnapshot != null)
        {
            addOns.Add(new AddOnRequest { AddOnType = AddOnType.AutoSnapshot, AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = row.AutoSnapshot } });
        }

        if (row.StopInstanceOnIdle != null)
        {
            addOns.Add(new AddOnRequest
            {
                AddOnType = AddOnType.StopInstanceOnIdle,
                StopInstanceOnIdleRequest = new StopInstanceOnIdleRequest { Threshold = row.StopInstanceOnIdle[0], Duration = row.StopInstanceOnIdle[1] },
            });
        }

        request.AddOns = addOns.Count == 0 ? null : addOns;
        return request;
    }
}
