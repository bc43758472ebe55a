using Fluent.Lightsail.Analyzers.Tests.Infrastructure;

namespace Fluent.Lightsail.Analyzers.Tests;

/// <summary>One sample per analyzer-reported id: attribute arguments, assembly defaults and builder call sites.</summary>
public static class DiagnosticSamples
{
    private const string WebScript = "#!/bin/bash\necho web";

    public static readonly DiagnosticSample[] All =
    {
        Call("FLS1001", """Web.Named({|FLS1001:"w"|});"""),
        Call("FLS1002", """Web.Named({|FLS1002:"-web"|});"""),
        Call("FLS1003", """Web.Named("web-1", {|FLS1003:"web 1"|});"""),
        Call("FLS1004", """Web.Named("web-1", {|FLS1004:"web-1"|});"""),
        Call("FLS1005", """{|FLS1005:Web.Named()|};"""),
        Call("FLS1006", "Web.Named(" + string.Join(", ", Enumerable.Range(1, 20).Select(i => $"\"web-{i}\"")) + """, {|FLS1006:"web-21"|});"""),
        Template("FLS2001", """[InstanceTemplate(AvailabilityZone = {|FLS2001:"us-east-2"|})]"""),
        Call("FLS2002", """Web.Named("web-1").InZone({|FLS2002:"US-EAST-2A"|});"""),
        Template("FLS2003", """[InstanceTemplate(AvailabilityZone = {|FLS2003:"us-east-9a"|})]"""),
        Assembly("FLS2004", """[assembly: TemplateDefaults(AvailabilityZone = {|FLS2004:"us-west-1a"|})]"""),
        Template("FLS3001", """[InstanceTemplate(Blueprint = {|FLS3001:" "|})]"""),
        Call("FLS3002", """Web.Named("web-1").WithBlueprint({|FLS3002:"ubuntu_24_4"|});"""),
        Template("FLS3003", """[InstanceTemplate(Bundle = {|FLS3003:""|})]"""),
        Call("FLS3004", """Web.Named("web-1").WithBundle({|FLS3004:"smal_3_0"|});"""),
        Call("FLS3005", """Web.Named("web-1").WithBundle({|FLS3005:"small_win_3_0"|});"""),
        Template("FLS3006", """[InstanceTemplate(Blueprint = {|FLS3002:"windows_server_2025"|}, Bundle = {|FLS3006:Bundles.Small3_0|})]"""),
        Template("FLS4001", $$"""[InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04)] [UserData({|FLS4001:"{{new string('a', 16385)}}"|})]"""),
        Template("FLS4002", """[InstanceTemplate(Blueprint = Blueprints.WindowsServer2022)] [UserData({|FLS4002:"Install-WindowsFeature Web-Server"|})]"""),
        Template("FLS4003", """[InstanceTemplate(Blueprint = Blueprints.WindowsServer2022)] [UserData({|FLS4003:"#!/bin/bash\necho hi"|})]"""),
        Template("FLS4004", """[InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04)] [UserData({|FLS4004:"<powershell>Write-Output hi</powershell>"|})]"""),
        Template("FLS5001", """[InstanceTemplate(KeyPair = {|FLS5001:"k"|})]"""),
        Call("FLS5002", """Web.Named("web-1").WithKeyPair({|FLS5002:"deploy-"|});"""),
        Assembly("FLS5003", """[assembly: TemplateDefaults(KeyPair = {|FLS5003:"my key"|})]"""),
        Template("FLS6001", """[InstanceTemplate] [Tag({|FLS6001:""|})]"""),
        Call("FLS6002", $$"""Web.Named("web-1").WithTag("notes", {|FLS6002:"{{new string('v', 257)}}"|});"""),
        Call("FLS6003", """Web.Named("web-1").WithTag({|FLS6003:"bad#key"|}, "v");"""),
        Assembly("FLS6004", """[assembly: Tag({|FLS6004:"aws:owner"|}, "me")]"""),
        Template("FLS6005", "[InstanceTemplate] " + string.Concat(Enumerable.Range(1, 50).Select(i => $"[Tag(\"key{i}\")] ")) + """[Tag({|FLS6005:"key51"|})]"""),
        Template("FLS6006", """[InstanceTemplate] [Tag("env", "prod")] [Tag({|FLS6006:"env"|}, "dev")]"""),
        Call("FLS7001", """Web.Named("web-1").WithAutoSnapshot({|FLS7001:"6:30"|});"""),
        Template("FLS7002", """[InstanceTemplate] [AutoSnapshot({|FLS7002:"06:30"|})]"""),
        Template("FLS7003", """[InstanceTemplate(Blueprint = Blueprints.WindowsServer2022, Bundle = Bundles.SmallWin3_0)] [{|FLS7003:AutoSnapshot("06:00")|}]"""),
        Template("FLS7004", """[InstanceTemplate(Blueprint = Blueprints.Ubuntu24_04, Bundle = Bundles.Small3_0)] [{|FLS7004:StopInstanceOnIdle("5", "30")|}]"""),
        Template("FLS7005", """[InstanceTemplate(Bundle = {|FLS3004:"app_standard_xl_1_0"|})] [StopInstanceOnIdle("5", {|FLS7005:"30min"|})]"""),
        Template("FLS7006", """[InstanceTemplate(Bundle = {|FLS3004:"app_standard_xl_1_0"|})] [StopInstanceOnIdle({|FLS7006:"150"|}, "30")]"""),
        Template("FLS8001", """[InstanceTemplate(IpAddressType = {|FLS8001:"IPv6"|})]"""),
        Call("FLS8002", """Web.Named("web-1").WithIpAddressType({|FLS8002:"ipv6"|});"""),
        Call("FLS8003", """Web.Named("web-1").WithBundle(Bundles.SmallIpv6_3_0).WithIpAddressType({|FLS8003:"ipv4"|});"""),
        Template("FLS8004", """[InstanceTemplate(Bundle = {|FLS8004:Bundles.SmallIpv6_3_0|})]"""),
        Raw("FLS9001", """[InstanceTemplate] public class {|FLS9001:Plain|} { }"""),
        Raw("FLS9002", """[{|CS0592:InstanceTemplate|}] public partial struct {|FLS9002:Value|} { }"""),
        Raw("FLS9003", """[InstanceTemplate] public static partial class {|FLS9003:Holder|} { }"""),
        Raw("FLS9004", """[InstanceTemplate] public partial class {|FLS9004:Box|}<T> { }"""),
        Raw("FLS9005", """public class Outer { [InstanceTemplate] public partial class {|FLS9005:Inner|} { } }"""),
        new("FLS9006", Sources.Usings + """[InstanceTemplate] [UserData("echo hi")] [{|FLS9006:UserDataFile("provision/web.sh")|}] public partial class Web { }""", ("provision/web.sh", WebScript)),
        Raw("FLS9007", """[InstanceTemplate] [UserDataFile({|FLS9007:"provision/missing.sh"|})] public partial class Web { }"""),
        Raw("FLS9008", """[InstanceTemplate] public partial class Web { public struct {|FLS9008:LightsailTemplateValues|} { } }"""),
    };

    public static IEnumerable<object[]> Rows => All.Select(sample => new object[] { sample });

    private static DiagnosticSample Call(string id, string statement) => new(id, Sources.LinuxWebCalls(statement));

    private static DiagnosticSample Template(string id, string attributes) => new(id, Sources.Usings + attributes + "\npublic partial class Web { }\n");

    private static DiagnosticSample Assembly(string id, string attribute) => new(id, Sources.Usings + attribute + "\n");

    private static DiagnosticSample Raw(string id, string declaration) => new(id, Sources.Usings + declaration + "\n");
}
