using System.Collections.Generic;
using System.Linq;

namespace Fluent.Lightsail.RuleCases;

/// <summary>
/// The shared boundary table. Each expected verdict is written from the rules reference (row ids in the comments of
/// each group), not from the rules' output. The baseline (web-1, us-east-2a, ubuntu_24_04, small_3_0) is valid.
/// </summary>
public static class BoundaryCases
{
    private const string Linux = "ubuntu_24_04";
    private const string Windows = "windows_server_2022";
    private const string WindowsBundle = "small_win_3_0";
    private const string ResearchBlueprint = "lfr_ubuntu_1_0";
    private const string ResearchBundle = "app_standard_xl_1_0";

    public static readonly BoundaryCase[] All = Build().ToArray();

    public static IEnumerable<object[]> Rows => All.Select(row => new object[] { row });

    private static string Repeat(char c, int count) => new(c, count);

    private static KeyValuePair<string, string?> Tag(string key, string? value = null) => new(key, value);

    private static KeyValuePair<string, string?>[] ManyTags(int count) =>
        Enumerable.Range(1, count).Select(i => Tag("key" + i, "value" + i)).ToArray();

    private static string[] ManyNames(int count) => Enumerable.Range(1, count).Select(i => "web-" + i).ToArray();

    private static IEnumerable<BoundaryCase> Build()
    {
        yield return new("baseline is valid");

        // Instance names: N2 length 2-255, N3 alphanumeric ends, N4 ASCII letters/digits/.-_, N6 leading digit ok, N7 unique, N8 at least one (W over 20).
        yield return new("name of 1 character", "FLS1001") { InstanceNames = new[] { "a" } };
        yield return new("name of 2 characters") { InstanceNames = new[] { "ab" } };
        yield return new("name of 2 characters, letter and digit") { InstanceNames = new[] { "a1" } };
        yield return new("name of 254 characters") { InstanceNames = new[] { Repeat('a', 254) } };
        yield return new("name of 255 characters") { InstanceNames = new[] { Repeat('a', 255) } };
        yield return new("name of 256 characters", "FLS1001") { InstanceNames = new[] { Repeat('a', 256) } };
        yield return new("empty name", "FLS1001") { InstanceNames = new[] { "" } };
        yield return new("name starting with '-'", "FLS1002") { InstanceNames = new[] { "-web" } };
        yield return new("name ending with '-'", "FLS1002") { InstanceNames = new[] { "web-" } };
        yield return new("name starting with '_'", "FLS1002") { InstanceNames = new[] { "_web" } };
        yield return new("name ending with '.'", "FLS1002") { InstanceNames = new[] { "web." } };
        yield return new("name of 2 characters ending with '-'", "FLS1002") { InstanceNames = new[] { "a-" } };
        yield return new("name '-' is short and not alphanumeric", "FLS1001", "FLS1002") { InstanceNames = new[] { "-" } };
        yield return new("name with a space", "FLS1003") { InstanceNames = new[] { "web 1" } };
        yield return new("name with a tab", "FLS1003") { InstanceNames = new[] { "web\t1" } };
        yield return new("name with a non-ASCII letter inside", "FLS1003") { InstanceNames = new[] { "wéb" } };
        yield return new("name ending with '!'", "FLS1002", "FLS1003") { InstanceNames = new[] { "web!" } };
        yield return new("name in Japanese script", "FLS1002", "FLS1003") { InstanceNames = new[] { "ウェブ" } };
        yield return new("name starting with a digit (N6)") { InstanceNames = new[] { "01-web" } };
        yield return new("name with '.', '_' and '-' inside") { InstanceNames = new[] { "my.instance_1-a" } };
        yield return new("name with upper case") { InstanceNames = new[] { "Web-1" } };
        yield return new("duplicate names", "FLS1004") { InstanceNames = new[] { "web-1", "web-1" } };
        yield return new("names differing in case are distinct") { InstanceNames = new[] { "web-1", "Web-1" } };
        yield return new("no names", "FLS1005") { InstanceNames = new string[0] };
        yield return new("20 names") { InstanceNames = ManyNames(20) };
        yield return new("21 names exceed the default quota", "FLS1006") { InstanceNames = ManyNames(21) };
        yield return new("second of two names invalid", "FLS1001") { InstanceNames = new[] { "web-1", "w" } };

        // Availability zone: A2 case-sensitive region + one lower-case letter, A3 shape, A4 RegionName list, A5 us-west-1 warns.
        yield return new("bare region is not a zone", "FLS2001") { AvailabilityZone = "us-east-2" };
        yield return new("upper-case zone", "FLS2002") { AvailabilityZone = "US-EAST-2A" };
        yield return new("zone with a capital first letter", "FLS2002") { AvailabilityZone = "Us-east-2a" };
        yield return new("zone with a capital zone letter", "FLS2002") { AvailabilityZone = "us-east-2A" };
        yield return new("zone with two letters", "FLS2001") { AvailabilityZone = "us-east-2ab" };
        yield return new("zone in an unknown region", "FLS2003") { AvailabilityZone = "us-east-9a" };
        yield return new("zone in us-west-1", "FLS2004") { AvailabilityZone = "us-west-1a" };
        yield return new("upper-case zone in us-west-1", "FLS2002", "FLS2004") { AvailabilityZone = "US-WEST-1A" };
        yield return new("zone in us-west-2") { AvailabilityZone = "us-west-2a" };
        yield return new("zone in eu-central-1") { AvailabilityZone = "eu-central-1a" };
        yield return new("zone in ap-southeast-5") { AvailabilityZone = "ap-southeast-5a" };
        yield return new("zone in sa-east-1") { AvailabilityZone = "sa-east-1c" };
        yield return new("zone in eu-south-2") { AvailabilityZone = "eu-south-2a" };
        yield return new("zone in ap-east-1") { AvailabilityZone = "ap-east-1b" };
        yield return new("zone in ca-central-1") { AvailabilityZone = "ca-central-1a" };
        yield return new("zone in eu-north-1") { AvailabilityZone = "eu-north-1a" };
        yield return new("zone in ap-southeast-3") { AvailabilityZone = "ap-southeast-3a" };
        yield return new("zone us-east-1f") { AvailabilityZone = "us-east-1f" };
        yield return new("empty zone", "FLS2001") { AvailabilityZone = "" };
        yield return new("zone with a leading space", "FLS2001") { AvailabilityZone = " us-east-2a" };
        yield return new("zone without dashes", "FLS2001") { AvailabilityZone = "useast2a" };
        yield return new("zone letter after a dash", "FLS2001") { AvailabilityZone = "us-east-2-a" };
        yield return new("zone with underscores", "FLS2001") { AvailabilityZone = "us_east_2a" };
        yield return new("zone with a two-digit region number", "FLS2001") { AvailabilityZone = "us-east-10a" };
        yield return new("zone in an invented region", "FLS2003") { AvailabilityZone = "xx-east-1a" };

        // Blueprint and bundle: B1/U1 not blank, B7/U3 unknown ids warn, U4 platform pairing (E when both known, W otherwise).
        yield return new("empty blueprint", "FLS3001") { Blueprint = "" };
        yield return new("blank blueprint", "FLS3001") { Blueprint = "   " };
        yield return new("misspelt blueprint", "FLS3002") { Blueprint = "ubuntu_24_4" };
        yield return new("blueprint ids are case-sensitive", "FLS3002") { Blueprint = "Ubuntu_24_04" };
        yield return new("custom blueprint id", "FLS3002") { Blueprint = "my_custom_image" };
        yield return new("blueprint amazon_linux_2023") { Blueprint = "amazon_linux_2023" };
        yield return new("blueprint wordpress") { Blueprint = "wordpress" };
        yield return new("blueprint debian_12 with 2xlarge_3_0") { Blueprint = "debian_12", Bundle = "2xlarge_3_0" };
        yield return new("empty bundle", "FLS3003") { Bundle = "" };
        yield return new("blank bundle", "FLS3003") { Bundle = " " };
        yield return new("misspelt bundle", "FLS3004") { Bundle = "smal_3_0" };
        yield return new("bundle of an older generation", "FLS3004") { Bundle = "small_2_0" };
        yield return new("bundle 4xlarge_3_0") { Bundle = "4xlarge_3_0" };
        yield return new("bundle nano_3_0") { Bundle = "nano_3_0" };
        yield return new("Windows blueprint with Windows bundle") { Blueprint = Windows, Bundle = WindowsBundle };
        yield return new("Windows blueprint with Linux bundle", "FLS3005") { Blueprint = Windows, Bundle = "small_3_0" };
        yield return new("Linux blueprint with Windows bundle", "FLS3005") { Bundle = WindowsBundle };
        yield return new("unknown Windows blueprint with Linux bundle", "FLS3002", "FLS3006") { Blueprint = "windows_server_2025" };
        yield return new("Linux blueprint with unknown Windows bundle", "FLS3004", "FLS3006") { Bundle = "small_win_4_0" };
        yield return new("Windows blueprint with unknown Linux bundle", "FLS3004", "FLS3006") { Blueprint = Windows, Bundle = "gpu_nvidia_xl_1_0" };
        yield return new("SQL Express blueprint with Windows bundle") { Blueprint = "windows_server_2019_sql_2016_express", Bundle = "medium_win_3_0" };
        yield return new("Windows blueprint with blank bundle", "FLS3003") { Blueprint = Windows, Bundle = "" };
        yield return new("blank blueprint with Windows bundle", "FLS3001") { Blueprint = "", Bundle = WindowsBundle };
        yield return new("Linux app blueprint with Windows IPv6 bundle", "FLS3005") { Blueprint = "wordpress", Bundle = "large_win_ipv6_3_0", IpAddressType = "ipv6" };
        yield return new("Windows blueprint with Windows IPv6 bundle and ipv6") { Blueprint = "windows_server_2016", Bundle = "nano_win_ipv6_3_0", IpAddressType = "ipv6" };

        // User data: D2 warns above 16 384 bytes of UTF-8; D4 PowerShell needs <powershell> on Windows, no #! on Windows, no <powershell> on Linux.
        yield return new("user data of exactly 16 384 ASCII bytes") { UserData = Repeat('a', 16384) };
        yield return new("user data of 16 385 ASCII bytes", "FLS4001") { UserData = Repeat('a', 16385) };
        yield return new("user data of 16 384 UTF-8 bytes in 8 192 characters") { UserData = Repeat('é', 8192) };
        yield return new("user data of 16 386 UTF-8 bytes in 8 193 characters", "FLS4001") { UserData = Repeat('é', 8193) };
        yield return new("empty user data") { UserData = "" };
        yield return new("shell script on Linux") { UserData = "#!/bin/bash\napt-get update" };
        yield return new("shell script on Windows", "FLS4003") { Blueprint = Windows, Bundle = WindowsBundle, UserData = "#!/bin/bash\napt-get update" };
        yield return new("indented shell script on Windows", "FLS4003") { Blueprint = Windows, Bundle = WindowsBundle, UserData = "  #!/bin/sh\necho hi" };
        yield return new("tagged PowerShell on Windows") { Blueprint = Windows, Bundle = WindowsBundle, UserData = "<powershell>Install-WindowsFeature Web-Server</powershell>" };
        yield return new("untagged PowerShell cmdlet on Windows", "FLS4002") { Blueprint = Windows, Bundle = WindowsBundle, UserData = "Install-WindowsFeature Web-Server" };
        yield return new("untagged $env: on Windows", "FLS4002") { Blueprint = Windows, Bundle = WindowsBundle, UserData = "$env:Path += ';C:\\tools'" };
        yield return new("batch command on Windows") { Blueprint = Windows, Bundle = WindowsBundle, UserData = "echo hello > C:\\hello.txt" };
        yield return new("script block on Windows") { Blueprint = Windows, Bundle = WindowsBundle, UserData = "<script>echo hi</script>" };
        yield return new("apt-get is not a PowerShell cmdlet") { Blueprint = Windows, Bundle = WindowsBundle, UserData = "apt-get install -y nginx" };
        yield return new("PowerShell block on Linux", "FLS4004") { UserData = "<powershell>Write-Output hi</powershell>" };
        yield return new("upper-case PowerShell block on Linux", "FLS4004") { UserData = "<POWERSHELL>Get-Date</POWERSHELL>" };
        yield return new("PowerShell cmdlet on Linux is not judged") { UserData = "Get-Date" };
        yield return new("untagged PowerShell on an unknown Windows blueprint", "FLS3002", "FLS4002") { Blueprint = "windows_server_2025", Bundle = WindowsBundle, UserData = "Set-ExecutionPolicy Bypass" };
        yield return new("PowerShell block with a blank blueprint and Windows bundle", "FLS3001") { Blueprint = "", Bundle = WindowsBundle, UserData = "<powershell>Get-Date</powershell>" };
        yield return new("large shell script on Windows", "FLS4001", "FLS4003") { Blueprint = Windows, Bundle = WindowsBundle, UserData = "#!" + Repeat('a', 16383) };

        // Key pair: K2, the resource-name rules under their own ids.
        yield return new("key pair of 1 character", "FLS5001") { KeyPair = "k" };
        yield return new("key pair of 2 characters") { KeyPair = "kp" };
        yield return new("key pair of 255 characters") { KeyPair = Repeat('k', 255) };
        yield return new("key pair of 256 characters", "FLS5001") { KeyPair = Repeat('k', 256) };
        yield return new("empty key pair", "FLS5001") { KeyPair = "" };
        yield return new("key pair ending with '-'", "FLS5002") { KeyPair = "deploy-" };
        yield return new("key pair '-'", "FLS5001", "FLS5002") { KeyPair = "-" };
        yield return new("key pair with a space", "FLS5003") { KeyPair = "my key" };
        yield return new("key pair with a non-ASCII letter", "FLS5003") { KeyPair = "clé1" };
        yield return new("key pair with '.', '_'") { KeyPair = "my.key_1" };
        yield return new("the default key pair name") { KeyPair = "LightsailDefaultKeyPair" };

        // Tags: G2/G3 key 1-128, G4 value <= 256, G5 characters, G6 aws: prefix (any case) on key or value, G7 <= 50, G8 unique keys.
        yield return new("tag key of 128 characters") { Tags = new[] { Tag(Repeat('k', 128), "v") } };
        yield return new("tag key of 129 characters", "FLS6001") { Tags = new[] { Tag(Repeat('k', 129), "v") } };
        yield return new("tag key of 1 character") { Tags = new[] { Tag("k", "v") } };
        yield return new("empty tag key", "FLS6001") { Tags = new[] { Tag("", "v") } };
        yield return new("tag value of 256 characters") { Tags = new[] { Tag("k", Repeat('v', 256)) } };
        yield return new("tag value of 257 characters", "FLS6002") { Tags = new[] { Tag("k", Repeat('v', 257)) } };
        yield return new("empty tag value") { Tags = new[] { Tag("k", "") } };
        yield return new("key-only tag") { Tags = new[] { Tag("backup") } };
        yield return new("tag key with '#'", "FLS6003") { Tags = new[] { Tag("bad#key", "v") } };
        yield return new("tag value with ','", "FLS6003") { Tags = new[] { Tag("k", "a,b") } };
        yield return new("tag key with '|'", "FLS6003") { Tags = new[] { Tag("x|y", "v") } };
        yield return new("tag key with a tab", "FLS6003") { Tags = new[] { Tag("tab\tkey", "v") } };
        yield return new("tag key with an emoji", "FLS6003") { Tags = new[] { Tag("emoji😀", "v") } };
        yield return new("tag key in composed form (NFC)") { Tags = new[] { Tag("Gr\u00FC\u00DFe", "v") } };
        yield return new("tag key in decomposed form (NFD, as macOS pastes it)", "FLS6003") { Tags = new[] { Tag("Gru\u0308\u00DFe", "v") } };
        yield return new("tag value with a line break", "FLS6003") { Tags = new[] { Tag("k", "line one\nline two") } };
        yield return new("tag key with aws: prefix", "FLS6004") { Tags = new[] { Tag("aws:owner", "me") } };
        yield return new("tag key with AWS: prefix", "FLS6004") { Tags = new[] { Tag("AWS:owner", "me") } };
        yield return new("tag key that is just aws:", "FLS6004") { Tags = new[] { Tag("aws:", "me") } };
        yield return new("tag value with aws: prefix", "FLS6004") { Tags = new[] { Tag("k", "aws:thing") } };
        yield return new("tag value that is just Aws:", "FLS6004") { Tags = new[] { Tag("k", "Aws:") } };
        yield return new("tag key aws without colon") { Tags = new[] { Tag("aws", "v") } };
        yield return new("tag key awsome") { Tags = new[] { Tag("awsome", "v") } };
        yield return new("tag key with aws: inside") { Tags = new[] { Tag("my aws:", "v") } };
        yield return new("tag value with spaces") { Tags = new[] { Tag("role", "web server") } };
        yield return new("tag with every allowed symbol") { Tags = new[] { Tag("path", "/a/b:c=d+e@f-g_h.i") } };
        yield return new("tag key with '='") { Tags = new[] { Tag("a=b", "v") } };
        yield return new("tag in Japanese script") { Tags = new[] { Tag("環境", "本番") } };
        yield return new("tag in Cyrillic script") { Tags = new[] { Tag("ключ", "значение") } };
        yield return new("tag key with a Roman numeral letter-number") { Tags = new[] { Tag("Ⅻ", "v") } };
        yield return new("tag value with a no-break space") { Tags = new[] { Tag("k", "x\u00A0y") } };
        yield return new("tag key of 129 characters with aws: prefix", "FLS6001", "FLS6004") { Tags = new[] { Tag("aws:" + Repeat('k', 125), "v") } };
        yield return new("tag value of 257 characters with '#'", "FLS6002", "FLS6003") { Tags = new[] { Tag("k", "#" + Repeat('v', 256)) } };
        yield return new("50 tags") { Tags = ManyTags(50) };
        yield return new("51 tags", "FLS6005") { Tags = ManyTags(51) };
        yield return new("duplicate tag keys", "FLS6006") { Tags = new[] { Tag("env", "prod"), Tag("env", "dev") } };
        yield return new("duplicate key-only tags", "FLS6006") { Tags = new[] { Tag("backup"), Tag("backup") } };
        yield return new("tag keys differing in case (G9)") { Tags = new[] { Tag("Env", "prod"), Tag("env", "dev") } };
        yield return new("51 tags with a duplicate key", "FLS6005", "FLS6006") { Tags = ManyTags(50).Concat(new[] { Tag("key1", "again") }).ToArray() };

        // AutoSnapshot: O2 HH:MM with HH 00-23, O3 on the hour, O7 not on Windows (W).
        yield return new("snapshot at 00:00") { AutoSnapshot = "00:00" };
        yield return new("snapshot at 06:00") { AutoSnapshot = "06:00" };
        yield return new("snapshot at 23:00") { AutoSnapshot = "23:00" };
        yield return new("snapshot at 24:00", "FLS7001") { AutoSnapshot = "24:00" };
        yield return new("snapshot at 99:00", "FLS7001") { AutoSnapshot = "99:00" };
        yield return new("snapshot at 06:30", "FLS7002") { AutoSnapshot = "06:30" };
        yield return new("snapshot at 12:59", "FLS7002") { AutoSnapshot = "12:59" };
        yield return new("snapshot at 12:60", "FLS7001") { AutoSnapshot = "12:60" };
        yield return new("snapshot at 6:30", "FLS7001") { AutoSnapshot = "6:30" };
        yield return new("snapshot at 6:00", "FLS7001") { AutoSnapshot = "6:00" };
        yield return new("snapshot at 1200", "FLS7001") { AutoSnapshot = "1200" };
        yield return new("snapshot time empty", "FLS7001") { AutoSnapshot = "" };
        yield return new("snapshot time with a trailing space", "FLS7001") { AutoSnapshot = "06:00 " };
        yield return new("snapshot time ab:cd", "FLS7001") { AutoSnapshot = "ab:cd" };
        yield return new("AutoSnapshot on a Windows instance", "FLS7003") { Blueprint = Windows, Bundle = WindowsBundle, AutoSnapshot = "06:00" };
        yield return new("AutoSnapshot with a Windows bundle on Linux", "FLS3005", "FLS7003") { Bundle = WindowsBundle, AutoSnapshot = "06:00" };
        yield return new("AutoSnapshot at 24:00 on Windows", "FLS7001", "FLS7003") { Blueprint = Windows, Bundle = WindowsBundle, AutoSnapshot = "24:00" };

        // StopInstanceOnIdle: O9 LfR only (W, heuristic by id), O10 numbers (W) and a 0-100 threshold (I).
        yield return new("StopInstanceOnIdle on a regular bundle", "FLS7004") { StopInstanceOnIdle = new[] { "5", "30" } };
        yield return new("StopInstanceOnIdle on LfR-looking ids", "FLS3002", "FLS3004") { Blueprint = ResearchBlueprint, Bundle = ResearchBundle, StopInstanceOnIdle = new[] { "5", "30" } };
        yield return new("StopInstanceOnIdle on a regular blueprint with an LfR bundle", "FLS3004") { Bundle = ResearchBundle, StopInstanceOnIdle = new[] { "5", "30" } };
        yield return new("threshold with a percent sign", "FLS3002", "FLS3004", "FLS7005") { Blueprint = ResearchBlueprint, Bundle = ResearchBundle, StopInstanceOnIdle = new[] { "5%", "30" } };
        yield return new("duration with a unit", "FLS3002", "FLS3004", "FLS7005") { Blueprint = ResearchBlueprint, Bundle = ResearchBundle, StopInstanceOnIdle = new[] { "5", "30min" } };
        yield return new("threshold of 150", "FLS3002", "FLS3004", "FLS7006") { Blueprint = ResearchBlueprint, Bundle = ResearchBundle, StopInstanceOnIdle = new[] { "150", "30" } };
        yield return new("threshold of -1", "FLS3002", "FLS3004", "FLS7006") { Blueprint = ResearchBlueprint, Bundle = ResearchBundle, StopInstanceOnIdle = new[] { "-1", "30" } };
        yield return new("threshold of 100", "FLS3002", "FLS3004") { Blueprint = ResearchBlueprint, Bundle = ResearchBundle, StopInstanceOnIdle = new[] { "100", "30" } };
        yield return new("threshold and duration of 0", "FLS3002", "FLS3004") { Blueprint = ResearchBlueprint, Bundle = ResearchBundle, StopInstanceOnIdle = new[] { "0", "0" } };
        yield return new("fractional threshold", "FLS3002", "FLS3004") { Blueprint = ResearchBlueprint, Bundle = ResearchBundle, StopInstanceOnIdle = new[] { "2.5", "30" } };
        yield return new("empty threshold on a regular bundle", "FLS7004", "FLS7005") { StopInstanceOnIdle = new[] { "", "30" } };
        yield return new("words for numbers on a regular bundle", "FLS7004", "FLS7005") { StopInstanceOnIdle = new[] { "five", "thirty" } };

        // IP address type: P1 dualstack|ipv4|ipv6 lower-case, P3 ipv6 <=> _ipv6_ bundle, P2 default dualstack (W with an IPv6-only bundle).
        yield return new("ip type dualstack") { IpAddressType = "dualstack" };
        yield return new("ip type ipv4") { IpAddressType = "ipv4" };
        yield return new("ip type ipv6 with a dual-stack bundle", "FLS8002") { IpAddressType = "ipv6" };
        yield return new("ip type ipv6 with an IPv6-only bundle") { IpAddressType = "ipv6", Bundle = "small_ipv6_3_0" };
        yield return new("ip type ipv4 with an IPv6-only bundle", "FLS8003") { IpAddressType = "ipv4", Bundle = "small_ipv6_3_0" };
        yield return new("ip type dualstack with an IPv6-only bundle", "FLS8003") { IpAddressType = "dualstack", Bundle = "nano_ipv6_3_0" };
        yield return new("default ip type with an IPv6-only bundle", "FLS8004") { Bundle = "small_ipv6_3_0" };
        yield return new("ip type IPv6 is case-sensitive", "FLS8001") { IpAddressType = "IPv6" };
        yield return new("ip type Dualstack (the C# member's spelling) is case-sensitive", "FLS8001") { IpAddressType = "Dualstack" };
        yield return new("ip type IPv6 with an IPv6-only bundle is still case-sensitive", "FLS8001") { IpAddressType = "IPv6", Bundle = "small_ipv6_3_0" };
        yield return new("ip type ipv5", "FLS8001") { IpAddressType = "ipv5" };
        yield return new("empty ip type", "FLS8001") { IpAddressType = "" };
        yield return new("unknown ip type with an IPv6-only bundle", "FLS8001") { IpAddressType = "IPV4", Bundle = "small_ipv6_3_0" };
        yield return new("Windows IPv6-only instance") { Blueprint = Windows, Bundle = "nano_win_ipv6_3_0", IpAddressType = "ipv6" };

        // Several rules at once.
        yield return new("every member wrong at once", "FLS1001", "FLS2002", "FLS3002", "FLS3004", "FLS5003", "FLS6003", "FLS7002", "FLS8001")
        {
            InstanceNames = new[] { "x" },
            AvailabilityZone = "US-EAST-2A",
            Blueprint = "ubuntu",
            Bundle = "small",
            KeyPair = "my key",
            Tags = new[] { Tag("a#b") },
            AutoSnapshot = "06:15",
            IpAddressType = "v6",
        };
    }
}
