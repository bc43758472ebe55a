using Fluent.Lightsail.Analyzers.Tests.Infrastructure;
using Fluent.Lightsail.CodeFixes;

namespace Fluent.Lightsail.Analyzers.Tests.CodeFixes;

/// <summary>FLS4002: Windows runs PowerShell user data only inside &lt;powershell&gt;…&lt;/powershell&gt;; the fix wraps the script.</summary>
public sealed class PowerShellTests
{
    private const string Key = "Wrap the script in <powershell>…</powershell>";
    private const string Windows = """[InstanceTemplate(AvailabilityZone = "us-east-2a", Blueprint = Blueprints.WindowsServer2022, Bundle = Bundles.SmallWin3_0)]""";

    [Fact]
    public Task An_inline_script_is_wrapped()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template(Windows + """

                [UserData({|FLS4002:"Install-WindowsFeature Web-Server"|})]
                """),
            CodeFixSources.Template(Windows + """

                [UserData("<powershell>\nInstall-WindowsFeature Web-Server\n</powershell>")]
                """),
            Key);

    [Fact]
    public Task A_raw_multi_line_script_stays_a_raw_string()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template(Windows + """"

                [UserData({|FLS4002:"""
                    Install-WindowsFeature Web-Server
                    Set-Service W3SVC -StartupType Automatic
                    """|})]
                """"),
            CodeFixSources.Template(Windows + """"

                [UserData("""
                    <powershell>
                    Install-WindowsFeature Web-Server
                    Set-Service W3SVC -StartupType Automatic
                    </powershell>
                    """)]
                """"),
            Key);

    [Fact]
    public Task A_raw_script_in_a_file_with_CRLF_line_ends_stays_a_raw_string_with_CRLF()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template(Windows + """"

                [UserData({|FLS4002:"""
                    Install-WindowsFeature Web-Server
                    """|})]
                """").Replace("\n", "\r\n"),
            CodeFixSources.Template(Windows + """"

                [UserData("""
                    <powershell>
                    Install-WindowsFeature Web-Server
                    </powershell>
                    """)]
                """").Replace("\n", "\r\n"),
            Key);

    [Fact]
    public Task A_verbatim_script_in_WithUserData_stays_verbatim()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Calls("""Web.Named("web-1").WithBlueprint(Blueprints.WindowsServer2022).WithBundle(Bundles.SmallWin3_0).WithUserData({|FLS4002:@"New-Item -Path ""C:\web"" -ItemType Directory"|});"""),
            CodeFixSources.Calls("""
                Web.Named("web-1").WithBlueprint(Blueprints.WindowsServer2022).WithBundle(Bundles.SmallWin3_0).WithUserData(@"<powershell>
                New-Item -Path ""C:\web"" -ItemType Directory
                </powershell>");
                """),
            Key);

    [Fact]
    public Task Fix_all_wraps_the_template_script_and_call_scripts()
        => LightsailCodeFixTest<ValueCodeFixProvider>.VerifyAsync(
            CodeFixSources.Template(Windows + """

                [UserData({|FLS4002:"Install-WindowsFeature Web-Server"|})]
                """) + """
                public static class Calls
                {
                    public static void Run() => Web.Named("web-1").WithUserData({|FLS4002:"Restart-Computer"|});
                }
                """,
            CodeFixSources.Template(Windows + """

                [UserData("<powershell>\nInstall-WindowsFeature Web-Server\n</powershell>")]
                """) + """
                public static class Calls
                {
                    public static void Run() => Web.Named("web-1").WithUserData("<powershell>\nRestart-Computer\n</powershell>");
                }
                """,
            Key);

    [Fact]
    public Task A_script_from_a_UserDataFile_gets_no_fix()
    {
        // The rule's wrapped text is known, but there is no literal to put it in: the file is the user's to edit.
        var source = CodeFixSources.Template(Windows + """

            [UserDataFile({|FLS4002:"provision/web.ps1"|})]
            """);
        var test = new LightsailCodeFixTest<ValueCodeFixProvider>(source, source, Key);
        test.TestState.AdditionalFiles.Add(("provision/web.ps1", "Install-WindowsFeature Web-Server\n"));
        test.FixedState.AdditionalFiles.Add(("provision/web.ps1", "Install-WindowsFeature Web-Server\n"));
        return test.RunAsync();
    }
}
