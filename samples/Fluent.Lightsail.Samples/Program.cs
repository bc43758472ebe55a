using System.CommandLine;
using Fluent.Lightsail;
using Fluent.Lightsail.Samples;

// The main job: build requests from the templates in Templates/, ensure them (create what is missing), wait until every
// instance is running with its public address (live, per instance), show them, then ensure the same fleet again: a
// re-run changes nothing. --plan only prints what would be done. By default everything happens against a local
// Lightsail endpoint on 127.0.0.1; only --aws sends requests to AWS.
var aws = new Option<bool>("--aws") { Description = "Provision the instances in your AWS account instead of the local endpoint (costs money)" };
var profile = new Option<string?>("--profile") { Description = "With --aws: the AWS profile to use (default: the default credential chain)" };
var region = new Option<string?>("--region") { Description = "With --aws: the AWS Region, such as us-east-1 (the templates use us-east-1 zones)" };
var printJson = new Option<bool>("--print-json") { Description = "Print each request's JSON body before sending it" };
var plan = new Option<bool>("--plan") { Description = "Print what ensuring the fleet would do (create / drifted / up to date) and change nothing" };
var operationDelay = new Option<double>("--operation-delay") { Description = "Local endpoint: seconds until an operation succeeds", DefaultValueFactory = _ => 1.5 };

var command = new RootCommand("Fluent.Lightsail sample: templates -> builders -> plan / ensure -> instances ready at their addresses")
{
    aws, profile, region, printJson, plan, operationDelay,
};
command.SetAction(async (parsed, cancellationToken) =>
{
    var fleet = SampleFleet.Entries(SampleFleet.OwnerFrom(Environment.UserName));
    await using var target = parsed.GetValue(aws)
        ? LightsailTarget.ForAws(parsed.GetValue(profile), parsed.GetValue(region))
        : await LightsailTarget.StartLocalAsync(TimeSpan.FromSeconds(parsed.GetValue(operationDelay)), cancellationToken);
    return parsed.GetValue(plan)
        ? await FleetRun.PlanAsync(target, fleet, parsed.GetValue(printJson), cancellationToken)
        : await FleetRun.RunAsync(target, fleet, parsed.GetValue(printJson), cancellationToken);
});

return await command.Parse(args).InvokeAsync();
