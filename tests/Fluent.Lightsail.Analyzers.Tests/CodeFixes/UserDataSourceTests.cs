using Fluent.Lightsail.CodeFixes;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>FLS9006: a template has one launch script; which one stays is a choice, offered both ways.</summary>
public sealed class UserDataSourceTests
{
    private const string Linux = """[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)]""";

    [Fact]
    public Task UserDataFile_can_give_way_to_UserData()
    {
        var test = new LightsailCodeFixTest<RemovalCodeFixProvider>(
            CodeFixSources.Template(Linux + """

                [UserData("#!/bin/bash\necho hi")]
                [{|FLS9006:UserDataFile("provision/web.sh")|}]
                """),
            CodeFixSources.Template(Linux + """

                [UserData("#!/bin/bash\necho hi")]
                """),
            Fix.Mechanical);
        test.PickChoice("Remove [UserDataFile] (keep [UserData])", 1);
        test.TestState.AdditionalFiles.Add(("provision/web.sh", "#!/bin/bash\napt-get install -y nginx\n"));
        test.FixedState.AdditionalFiles.Add(("provision/web.sh", "#!/bin/bash\napt-get install -y nginx\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task UserData_can_give_way_to_UserDataFile()
    {
        var test = new LightsailCodeFixTest<RemovalCodeFixProvider>(
            CodeFixSources.Template(Linux + """
                [UserData("#!/bin/bash\necho hi")]
                [{|FLS9006:UserDataFile("provision/web.sh")|}]
                """),
            CodeFixSources.Template(Linux + """
                [UserDataFile("provision/web.sh")]
                """),
            Fix.Mechanical);
        test.PickChoice("Remove [UserData] (keep [UserDataFile])", 0);
        test.TestState.AdditionalFiles.Add(("provision/web.sh", "#!/bin/bash\napt-get install -y nginx\n"));
        test.FixedState.AdditionalFiles.Add(("provision/web.sh", "#!/bin/bash\napt-get install -y nginx\n"));
        return test.RunAsync();
    }
}
