using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Fluent.Lightsail.Model;
using Fluent.Lightsail.RuleCases;
using Fluent.Lightsail.Rules;

namespace Fluent.Lightsail.Tests.Rules;

/// <summary>
/// Pins every reported violation (id, severity, member, value, message, fix data in order) of every public rule function
/// and of the request validator for a wide set of inputs, valid and not. The golden file was recorded from the rules as
/// they were before the allocation-free success paths (commit 25ba794), so that rewriting the fast paths cannot change a
/// single byte of what users and code fixes see. Re-record it (FLS_UPDATE_GOLDEN=1) only for a change that means to alter
/// the output, and review the diff.
/// </summary>
public sealed class RuleOutputSnapshotTests
{
    private const string GoldenName = "RuleOutput.golden.txt";

    [Fact]
    public void Every_rule_reports_exactly_what_it_reported_before()
    {
        var actual = RuleOutputCorpus.Render();
        if (Environment.GetEnvironmentVariable("FLS_UPDATE_GOLDEN") == "1")
        {
            // Only on a developer's machine: CI builds map source paths to /_/ (deterministic), so there is no source path.
            var source = SourceGoldenPath();
            File.WriteAllText(source, actual);
            Assert.Fail($"Re-recorded {source}; review the diff and run again without FLS_UPDATE_GOLDEN.");
        }

        // The copy next to the test assembly (CopyToOutputDirectory), which exists wherever the tests run.
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Rules", GoldenName)).Replace("\r\n", "\n");
        if (expected != actual)
        {
            Assert.Fail(FirstDifference(expected, actual));
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "(end)";
            var right = i < a.Length ? a[i] : "(end)";
            if (left != right)
            {
                var context = string.Join("\n", e.Skip(Math.Max(0, i - 3)).Take(3));
                return $"Line {i + 1} differs.\n...\n{context}\nexpected: {left}\nactual:   {right}";
            }
        }

        return "The texts differ.";
    }

    private static string SourceGoldenPath([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, GoldenName);
}

/// <summary>The inputs of the snapshot and their rendering as text, one call and its violations per block.</summary>
internal static class RuleOutputCorpus
{
    private static readonly string?[] Names =
    {
        null, "", "a", "a1", "ab", "-", "--", "-web", "web-", "_web", "web.", "a-", "web 1", "web\t1", "wéb", "web!", "ウェブ",
        "01-web", "Web-1", "my.instance_1-a", new string('a', 254), new string('a', 255), new string('a', 256),
        "a" + new string('-', 300) + "b", "x" + new string('!', 260), "!!", "é", "a b c", "-a-", "\U0001F600x", "x\U0001F600",
        " web ", "web\n", "web-1.", "1", "Z", "web-" + new string('9', 60),
    };

    private static readonly string?[] Zones =
    {
        null, "", "a", "us-east-2a", "us-east-2b", "us-east-1a", "US-EAST-2A", "Us-East-2a", "us-east-2A", "us-east-2", " us-east-2a ",
        "us-west-1a", "US-WEST-1B", "us-west-2c", "xx-east-1a", "us-eest-2a", "eu-central-1b", "ap-southeast-5a", "sa-east-1c",
        "ca-central-1a", "us-east-2aa", "us-east-22a", "useast2a", " US-EAST-2 ", "us-west-1", "zz-zzzz-9z", "us-east-2ä",
        "ap-northeast-2d", "eu-south-2a", "eu-west-3", "US-WEST-1", "us_east_2a", "us-east-2a\n", "Xx-Yyyy-1A", "ap-east-1a",
    };

    private static readonly string?[] Blueprints =
    {
        null, "", "  ", "\t", "ubuntu_24_04", "Ubuntu_24_04", "ubuntu_24_4", "windows_server_2022", "windows_custom", "Windows_server_2022",
        "lfr_ubuntu_1_0", "amazon_linux_2023", "wordpress", "x", "app_jupyter_1_0", "gpu_x", "my_lfr_image", " ubuntu_24_04",
    };

    private static readonly string?[] Bundles =
    {
        null, "", " ", "small_3_0", "small_win_3_0", "nano_ipv6_3_0", "nano_win_ipv6_3_0", "small_win_3_1", "small_3_1",
        "app_standard_xl_1_0", "gpu_nvidia_xl_1_0", "medium_ipv6_3_0", "small_ipv6_win_3_0", "SMALL_3_0", "x_win", "win", "_win_",
        "lfr", "2xlarge_win_3_0", "4xlarge_ipv6_3_0", "nano", "nano_win", "ipv6", "small_WIN_3_0", "xlarge_ipv6_win_3_0",
    };

    // The add-on scope rules only ask "Windows?" and "research?" of the bundle; a few of each kind cover them.
    private static readonly string?[] ScopeBundles = { null, "", " ", "small_3_0", "small_win_3_0", "app_standard_xl_1_0", "gpu_nvidia_xl_1_0", "lfr", "x_win", "SMALL_3_0" };

    private static readonly string?[] IpTypes = { null, "dualstack", "ipv4", "ipv6", "IPv6", " ipv4 ", "v6", "", "DUALSTACK" };

    private static readonly string?[] UserData =
    {
        null, "", "#!/bin/bash\necho hi", "  #!/bin/sh", "<powershell>Get-Item C:\\</powershell>", "<PowerShell>x</PowerShell>",
        "Install-WindowsFeature Web-Server", "apt-get install -y nginx", "echo $env:PATH", "<script>Get-Item</script>", "echo é",
        "x$PSVersionTable", "my-Get-Item", "Get-item", new string('x', 16 * 1024), new string('x', 16 * 1024 + 1),
        new string('é', 8192), new string('é', 8193), "\n#!/bin/bash",
    };

    private static readonly string?[] TagKeys =
    {
        null, "", "role", "aws:x", "AWS:", "aws:", "Aws:name", "k e y", "key!", "ключ", "键", "\U0001F600", "a\uD800b", "b\uDC00",
        new string('k', 128), new string('k', 129), Repeat("\U0001F600", 128), Repeat("\U0001F600", 129), "tab\tkey", "a\u2028b",
        "x#y", "a_.:/=+-@b", "aws", "aws:" + new string('k', 130), "Ⅻ", "٣", "a\u00A0b", "e\u0301",
    };

    private static readonly string?[] TagValues =
    {
        null, "", "web", new string('v', 256), new string('v', 257), "aws:v", "AWS:", "v!", "über", Repeat("\U0001F600", 257), "a\nb",
        " ", "x\uD83D",
    };

    private static readonly string?[] SnapshotTimes =
    {
        null, "", "06:00", "6:00", "06:30", "6", "06", "24:00", "23:00", "23:59", "00:00", "0:00", " 06:00", "06:00 ", "06:60",
        "6:5", "ab", "06-00", "١٢:00", "-1", "06:0", "006:00", "6:30", "12:00", "09:05", "19:00", "20:00", "99", ":00", "06:",
    };

    private static readonly string?[] Numbers =
    {
        null, "", "5", "-1", "101", "100", "0", "5.5", "5%", "abc", "1e2", ".5", "-", "-.", " 5", "30min", "٣", "100.0001",
        "-0", "1.2.3", "007", "30 ", "  42x",
    };

    private static readonly string?[] AddOnTypes = { null, "", "AutoSnapshot", "autosnapshot", "StopInstanceOnIdle", "x" };

    // Set only during a Render(observe) call on this thread (Render is synchronous).
    [ThreadStatic]
    private static Action<RuleViolation>? _observe;

    /// <summary>Renders the corpus, handing every violation to <paramref name="observe"/> as well.</summary>
    public static string Render(Action<RuleViolation> observe)
    {
        _observe = observe;
        try
        {
            return Render();
        }
        finally
        {
            _observe = null;
        }
    }

    public static string Render()
    {
        var text = new StringBuilder();
        foreach (var name in Names)
        {
            Call(text, $"CheckName {Esc(name)}", sink => InstanceNameRules.CheckName(name, "instanceNames[0]", sink));
            Call(text, $"KeyPair {Esc(name)}", sink => KeyPairRules.Check(name, InstanceRules.KeyPairMember, sink));
        }

        foreach (var list in NameLists())
        {
            Call(text, $"CheckNames {EscList(list)}", sink => InstanceNameRules.CheckNames(list, sink));
        }

        foreach (var count in new[] { 0, 1, 20, 21, 100 })
        {
            Call(text, $"CheckCount {count}", sink => InstanceNameRules.CheckCount(count, sink));
            Call(text, $"Tags.CheckCount {count}", sink => TagRules.CheckCount(count, "tags", sink));
        }

        foreach (var zone in Zones)
        {
            Call(text, $"Zone {Esc(zone)}", sink => AvailabilityZoneRules.Check(zone, InstanceRules.AvailabilityZoneMember, sink));
        }

        foreach (var blueprint in Blueprints)
        {
            Call(text, $"Blueprint {Esc(blueprint)}", sink => BlueprintBundleRules.CheckBlueprint(blueprint, InstanceRules.BlueprintMember, sink));
            Line(text, $"  facts known={CatalogIds.IsKnownBlueprint(blueprint)} platform={CatalogIds.BlueprintPlatform(blueprint)} lfr={CatalogIds.LooksLikeResearch(blueprint)}");
        }

        foreach (var bundle in Bundles)
        {
            Call(text, $"Bundle {Esc(bundle)}", sink => BlueprintBundleRules.CheckBundle(bundle, InstanceRules.BundleMember, sink));
            Line(text, $"  facts known={CatalogIds.IsKnownBundle(bundle)} platform={CatalogIds.BundlePlatform(bundle)} ipv6={CatalogIds.IsIpv6OnlyBundle(bundle)} lfr={CatalogIds.LooksLikeResearch(bundle)}");
            if (bundle != null)
            {
                Line(text, $"  forPlatform win={Esc(CatalogIds.BundleForPlatform(bundle, Platform.Windows))} linux={Esc(CatalogIds.BundleForPlatform(bundle, Platform.LinuxUnix))} ipv6={Esc(CatalogIds.BundleForIpv6(bundle, true))} dual={Esc(CatalogIds.BundleForIpv6(bundle, false))}");
            }
        }

        foreach (var blueprint in Blueprints)
        {
            foreach (var bundle in Bundles)
            {
                var pair = $"{Esc(blueprint)} {Esc(bundle)}";
                Call(text, $"Pairing {pair}", sink => BlueprintBundleRules.CheckPlatformPairing(blueprint, bundle, InstanceRules.BundleMember, sink));
                if (ScopeBundles.Contains(bundle))
                {
                    Call(text, $"AutoSnapshotPlatform {pair}", sink => AddOnRules.CheckAutoSnapshotPlatform(blueprint, bundle, AddOnRules.AutoSnapshotMember, sink));
                    Call(text, $"StopOnIdleScope {pair}", sink => AddOnRules.CheckStopInstanceOnIdleScope(blueprint, bundle, AddOnRules.StopInstanceOnIdleMember, sink));
                }

                Line(text, $"  instancePlatform={CatalogIds.InstancePlatform(blueprint, bundle)}");
            }
        }

        foreach (var userData in UserData)
        {
            Call(text, $"UserDataSize {Esc(userData)}", sink => UserDataRules.CheckSize(userData, InstanceRules.UserDataMember, sink));
            foreach (var (blueprint, bundle) in new[] { ("ubuntu_24_04", "small_3_0"), ("windows_server_2022", "small_win_3_0"), (null, "small_win_3_0"), (null, null), ("  ", "nano_3_0"), ("windows_x", null) })
            {
                Call(text, $"UserDataPlatform {Esc(userData)} {Esc(blueprint)} {Esc(bundle)}", sink => UserDataRules.CheckPlatform(userData, blueprint, bundle, InstanceRules.UserDataMember, sink));
            }
        }

        foreach (var ipType in IpTypes)
        {
            Call(text, $"IpType {Esc(ipType)}", sink => IpAddressTypeRules.Check(ipType, InstanceRules.IpAddressTypeMember, sink));
            foreach (var bundle in Bundles)
            {
                Call(text, $"IpPairing {Esc(ipType)} {Esc(bundle)}", sink => IpAddressTypeRules.CheckBundlePairing(ipType, bundle, ipType is null ? InstanceRules.BundleMember : InstanceRules.IpAddressTypeMember, sink));
            }
        }

        foreach (var key in TagKeys)
        {
            Call(text, $"TagKey {Esc(key)}", sink => TagRules.CheckKey(key, "tags[0].key", sink));
            Line(text, $"  allowedAt0={(string.IsNullOrEmpty(key) ? "-" : TagRules.IsAllowed(key!, 0).ToString())}");
        }

        foreach (var value in TagValues)
        {
            Call(text, $"TagValue {Esc(value)}", sink => TagRules.CheckValue(value, "tags[0].value", sink));
            Call(text, $"Tag role={Esc(value)}", sink => TagRules.CheckTag("role", value, "tags[3]", sink));
        }

        foreach (var list in TagLists())
        {
            Call(text, $"CheckTags {EscTags(list)}", sink => TagRules.CheckTags(list, sink));
        }

        foreach (var time in SnapshotTimes)
        {
            Call(text, $"SnapshotTime {Esc(time)}", sink => AddOnRules.CheckSnapshotTime(time, AddOnRules.SnapshotTimeMember, sink));
        }

        foreach (var number in Numbers)
        {
            Call(text, $"Threshold {Esc(number)}", sink => AddOnRules.CheckThreshold(number, AddOnRules.ThresholdMember, sink));
            Call(text, $"Duration {Esc(number)}", sink => AddOnRules.CheckDuration(number, AddOnRules.DurationMember, sink));
            Call(text, $"StopOnIdleValues {Esc(number)} 30", sink => AddOnRules.CheckStopInstanceOnIdleValues(number, "30", "t", "d", sink));
        }

        foreach (var type in AddOnTypes)
        {
            foreach (var hasSnapshot in new[] { false, true })
            {
                foreach (var hasIdle in new[] { false, true })
                {
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    Call(text, $"AddOnRequest {Esc(type)} {hasSnapshot} {hasIdle} (first)", sink => AddOnRules.CheckAddOnRequest(type, hasSnapshot, hasIdle, "addOns[0]", seen, sink));
                    Call(text, $"AddOnRequest {Esc(type)} {hasSnapshot} {hasIdle} (again)", sink => AddOnRules.CheckAddOnRequest(type, hasSnapshot, hasIdle, "addOns[1]", seen, sink));
                }
            }
        }

        foreach (var row in BoundaryCases.All)
        {
            Call(text, $"Row {row.Name}", sink => InstanceRules.CheckAll(ToValues(row), sink));
            Call(text, $"Request {row.Name}", sink =>
            {
                foreach (var violation in CreateInstancesRequestValidator.Validate(ToRequest(row)))
                {
                    sink.Report(violation);
                }
            });
        }

        foreach (var (label, request) in Requests())
        {
            Call(text, $"Request {label}", sink =>
            {
                foreach (var violation in CreateInstancesRequestValidator.Validate(request))
                {
                    sink.Report(violation);
                }
            });
        }

        return text.ToString();
    }

    private static IEnumerable<IReadOnlyList<string?>?> NameLists()
    {
        yield return null;
        yield return Array.Empty<string?>();
        yield return new string?[] { "a1" };
        yield return new string?[] { null };
        yield return new string?[] { "a1", "a1" };
        yield return new string?[] { "a1", null, null, "a1", "-", "-" };
        yield return new string?[] { "web-1", "Web-1" };
        yield return Enumerable.Range(0, 16).Select(i => (string?)("n" + i)).Append("n3").ToArray();
        yield return Enumerable.Range(0, 17).Select(i => (string?)("n" + (i % 9))).Append(null).Append(null).ToArray();
        yield return Enumerable.Range(0, 20).Select(i => (string?)("n" + i)).ToArray();
        yield return Enumerable.Range(0, 21).Select(i => (string?)("n" + i)).ToArray();
        yield return Enumerable.Range(0, 25).Select(i => (string?)(i == 22 ? "!" : "n" + (i % 23))).ToArray();
    }

    private static IEnumerable<IReadOnlyList<KeyValuePair<string?, string?>>?> TagLists()
    {
        static KeyValuePair<string?, string?> T(string? key, string? value) => new(key, value);
        yield return null;
        yield return Array.Empty<KeyValuePair<string?, string?>>();
        yield return new[] { T("role", "web"), T("owner", "ann") };
        yield return new[] { T("role", "web"), T("role", "db"), T("Role", "x") };
        yield return new[] { T(null, null), T(null, "x"), T("", ""), T("aws:a", "aws:b") };
        yield return Enumerable.Range(0, 16).Select(i => T("k" + i, "v")).Append(T("k2", "dup")).ToArray();
        yield return Enumerable.Range(0, 20).Select(i => T(i % 7 == 0 ? null : "k" + (i % 12), "v")).ToArray();
        yield return Enumerable.Range(0, 50).Select(i => T("k" + i, "v")).ToArray();
        yield return Enumerable.Range(0, 52).Select(i => T(i == 51 ? "k!" : "k" + i, i == 50 ? "v!" : "v")).ToArray();
    }

    private static IEnumerable<(string Label, CreateInstancesRequest Request)> Requests()
    {
        static CreateInstancesRequest Valid() => new()
        {
            InstanceNames = ["a1"],
            AvailabilityZone = "us-east-2a",
            BlueprintId = "ubuntu_24_04",
            BundleId = "small_3_0",
            KeyPairName = "deploy",
            Tags = [new Tag { Key = "role", Value = "web" }, new Tag { Key = "owner", Value = "ann" }],
            AddOns = [new AddOnRequest { AddOnType = AddOnType.AutoSnapshot, AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = "06:00" } }],
        };

        static CreateInstancesRequest With(Action<CreateInstancesRequest> change)
        {
            var request = Valid();
            change(request);
            return request;
        }

        var snapshot = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = "06:30" };
        var idle = new StopInstanceOnIdleRequest { Threshold = "5x", Duration = "30" };
        yield return ("valid sample", Valid());
        yield return ("empty request", new CreateInstancesRequest());
        yield return ("null lists", With(r => { r.InstanceNames = null; r.Tags = null; r.AddOns = null; }));
        yield return ("empty lists", With(r => { r.InstanceNames = []; r.Tags = []; r.AddOns = []; }));
        yield return ("null name entries", With(r => r.InstanceNames = ["a1", null!, null!, "a1"]));
        yield return ("null tag entries", With(r => r.Tags = [null!, new Tag(), new Tag { Key = "aws:x", Value = "v!" }, null!]));
        yield return ("null add-on entries", With(r => r.AddOns = [null!, new AddOnRequest(), null!]));
        yield return ("add-on without sub-request", With(r => r.AddOns = [new AddOnRequest { AddOnType = AddOnType.AutoSnapshot }]));
        yield return ("add-on type only case differs", With(r => r.AddOns = [new AddOnRequest { AddOnType = new AddOnType("autosnapshot"), AutoSnapshotAddOnRequest = snapshot }]));
        yield return ("both sub-requests", With(r => r.AddOns = [new AddOnRequest { AddOnType = AddOnType.AutoSnapshot, AutoSnapshotAddOnRequest = snapshot, StopInstanceOnIdleRequest = idle }]));
        yield return ("add-ons twice each", With(r => r.AddOns =
        [
            new AddOnRequest { AddOnType = AddOnType.StopInstanceOnIdle, StopInstanceOnIdleRequest = idle },
            new AddOnRequest { AddOnType = AddOnType.AutoSnapshot, AutoSnapshotAddOnRequest = snapshot },
            new AddOnRequest { AddOnType = AddOnType.StopInstanceOnIdle, StopInstanceOnIdleRequest = new StopInstanceOnIdleRequest { Threshold = "200", Duration = "x" } },
            new AddOnRequest { AddOnType = AddOnType.AutoSnapshot, AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = "25:00" } },
            new AddOnRequest { AddOnType = AddOnType.AutoSnapshot },
            new AddOnRequest { AddOnType = new AddOnType("Other"), StopInstanceOnIdleRequest = idle },
        ]));
        yield return ("twelve add-ons", With(r => r.AddOns = Enumerable.Range(0, 12).Select(i => new AddOnRequest { AddOnType = i % 3 == 0 ? null : AddOnType.AutoSnapshot }).ToList()));
        yield return ("windows everything", With(r =>
        {
            r.BlueprintId = "windows_server_2022";
            r.BundleId = "nano_ipv6_3_0";
            r.UserData = "#!/bin/bash";
            r.IpAddressType = IpAddressType.Ipv4;
            r.AddOns!.Add(new AddOnRequest { AddOnType = AddOnType.StopInstanceOnIdle, StopInstanceOnIdleRequest = idle });
        }));
        yield return ("ipv6 on a dual-stack bundle", With(r => r.IpAddressType = IpAddressType.Ipv6));
        yield return ("unknown ip type", With(r => r.IpAddressType = new IpAddressType("IPV6")));
        yield return ("upper-case zone in us-west-1", With(r => r.AvailabilityZone = "US-WEST-1A"));
        yield return ("upper-case zone in an unknown region", With(r => r.AvailabilityZone = "XX-EAST-1A"));
        yield return ("everything wrong", new CreateInstancesRequest
        {
            InstanceNames = ["-", "-", "wéb"],
            AvailabilityZone = "us-east-2",
            BlueprintId = "ubuntu",
            BundleId = "smal_win_3_0",
            KeyPairName = "key pair!",
            UserData = "<powershell>x</powershell>",
            Tags = [new Tag { Key = "aws:role", Value = new string('v', 300) }, new Tag { Key = "aws:role" }],
            AddOns = [new AddOnRequest { AddOnType = AddOnType.AutoSnapshot, AutoSnapshotAddOnRequest = new AutoSnapshotAddOnRequest { SnapshotTimeOfDay = "6:15" } }],
            IpAddressType = new IpAddressType("ipv6"),
        });
    }

    private static InstanceValues ToValues(BoundaryCase row) => new()
    {
        InstanceNames = row.InstanceNames,
        AvailabilityZone = row.AvailabilityZone,
        BlueprintId = row.Blueprint,
        BundleId = row.Bundle,
        KeyPairName = row.KeyPair,
        UserData = row.UserData,
        Tags = row.Tags.Select(tag => new KeyValuePair<string?, string?>(tag.Key, tag.Value)).ToList(),
        AutoSnapshot = row.AutoSnapshot != null,
        AutoSnapshotTimeOfDay = row.AutoSnapshot,
        StopInstanceOnIdle = row.StopInstanceOnIdle != null,
        StopInstanceOnIdleThreshold = row.StopInstanceOnIdle?[0],
        StopInstanceOnIdleDuration = row.StopInstanceOnIdle?[1],
        IpAddressType = row.IpAddressType,
    };

    private static CreateInstancesRequest ToRequest(BoundaryCase row)
    {
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

        return new CreateInstancesRequest
        {
            InstanceNames = row.InstanceNames.ToList(),
            AvailabilityZone = row.AvailabilityZone,
            BlueprintId = row.Blueprint,
            BundleId = row.Bundle,
            KeyPairName = row.KeyPair,
            UserData = row.UserData,
            IpAddressType = row.IpAddressType is null ? null : new IpAddressType(row.IpAddressType),
            Tags = row.Tags.Count == 0 ? null : row.Tags.Select(tag => new Tag { Key = tag.Key, Value = tag.Value }).ToList(),
            AddOns = addOns.Count == 0 ? null : addOns,
        };
    }

    private static void Call(StringBuilder text, string label, Action<IRuleSink> check)
    {
        var sink = new RuleViolationList();
        check(sink);
        Line(text, label);
        foreach (var violation in sink)
        {
            _observe?.Invoke(violation);
            var fix = string.Join(";", violation.FixData.Select(pair => pair.Key + "=" + Esc(pair.Value)));
            Line(text, $"  {violation.RuleId} {violation.Severity} member={Esc(violation.Member)} value={Esc(violation.Value)} fix={fix}");
            Line(text, "    \"" + Escape(violation.Message) + "\"");
        }
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    private static string EscList(IReadOnlyList<string?>? list) => list is null ? "null" : "[" + string.Join(",", list.Select(Esc)) + "]";

    private static string EscTags(IReadOnlyList<KeyValuePair<string?, string?>>? list)
        => list is null ? "null" : "[" + string.Join(",", list.Select(pair => Esc(pair.Key) + "=" + Esc(pair.Value))) + "]";

    /// <summary>ASCII-only, one line; long text as its length and a hash so that the file stays readable.</summary>
    private static string Esc(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        if (value.Length > 100)
        {
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.Unicode.GetBytes(value)))[..16];
            return $"\"{Escape(value[..40])}...\"(len {value.Length}, sha {hash})";
        }

        return "\"" + Escape(value) + "\"";
    }

    private static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c == '\\' || c == '"')
            {
                text.Append('\\').Append(c);
            }
            else if (c < 0x20 || c > 0x7E)
            {
                text.Append("\\u").Append(((int)c).ToString("X4"));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
