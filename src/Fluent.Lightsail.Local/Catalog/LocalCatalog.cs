namespace Fluent.Lightsail.Local.Catalog;

/// <summary>
/// What the endpoint offers: the blueprints, bundles and regions of the runtime's catalogue (src/Fluent.Lightsail/
/// Catalog) with the attributes the service reports for them (platform, power, hardware, zones). Figures follow the
/// public price list and <c>get-bundles</c> examples; where none is published a plausible value stands in.
/// </summary>
internal static class LocalCatalog
{
    public static readonly IReadOnlyList<BlueprintInfo> Blueprints = BuildBlueprints();

    public static readonly IReadOnlyList<BundleInfo> Bundles = BuildBundles();

    public static readonly IReadOnlyList<RegionInfo> Regions = BuildRegions();

    /// <summary>The <c>appCategory</c> of Lightsail for Research blueprints and bundles (the model's only AppCategory).</summary>
    public const string ResearchCategory = "LfR";

    /// <summary>
    /// What <c>GetBlueprints</c>/<c>GetBundles</c> list for an <c>appCategory</c>: the regular catalogue without one,
    /// the Lightsail for Research entries with <c>LfR</c>. Any other value breaks the model's enum (InvalidInput).
    /// </summary>
    public static IEnumerable<T> ForAppCategory<T>(IEnumerable<T> entries, string? appCategory, Func<T, string?> categoryOf)
    {
        if (appCategory is not null && appCategory != ResearchCategory)
        {
            throw Protocol.ServiceErrors.InvalidInput(
                $"1 validation error detected: Value '{appCategory}' at 'appCategory' failed to satisfy constraint: Member must satisfy enum value set: [{ResearchCategory}]");
        }

        return entries.Where(entry => categoryOf(entry) == appCategory);
    }

    public static BlueprintInfo? FindBlueprint(string id) => Blueprints.FirstOrDefault(b => b.BlueprintId == id);

    public static BundleInfo? FindBundle(string id) => Bundles.FirstOrDefault(b => b.BundleId == id);

    public static RegionInfo? FindRegion(string name) => Regions.FirstOrDefault(r => r.Name == name);

    private static List<BlueprintInfo> BuildBlueprints()
    {
        static BlueprintInfo Os(string id, string name, string version, string group, string user) =>
            new(id, name, group, "os", version, BlueprintInfo.LinuxUnix, 0, user, $"{name} {version}");

        static BlueprintInfo App(string id, string name, string version, int minPower = 0, string user = "bitnami") =>
            new(id, name, id, "app", version, BlueprintInfo.LinuxUnix, minPower, user, $"{name} {version} packaged for Lightsail");

        static BlueprintInfo Win(string id, string name, string version) =>
            new(id, name, id, "os", version, BlueprintInfo.WindowsPlatform, 0, "Administrator", $"{name} {version}");

        return
        [
            Os(Lightsail.Blueprints.AmazonLinux2023, "Amazon Linux 2023", "2023.6.20250115", "amazon_linux_2023", "ec2-user"),
            Os(Lightsail.Blueprints.AmazonLinux2, "Amazon Linux 2", "2.0.20250108.0", "amazon_linux_2", "ec2-user"),
            Os(Lightsail.Blueprints.Ubuntu24_04, "Ubuntu", "24.04 LTS", "ubuntu_24", "ubuntu"),
            Os(Lightsail.Blueprints.Ubuntu22_04, "Ubuntu", "22.04 LTS", "ubuntu_22", "ubuntu"),
            Os(Lightsail.Blueprints.Debian12, "Debian", "12.8", "debian_12", "admin"),
            Os(Lightsail.Blueprints.Debian11, "Debian", "11.11", "debian_11", "admin"),
            Os(Lightsail.Blueprints.Freebsd14, "FreeBSD", "14.2", "freebsd_14", "ec2-user"),
            Os(Lightsail.Blueprints.Freebsd13, "FreeBSD", "13.4", "freebsd_13", "ec2-user"),
            Os(Lightsail.Blueprints.Opensuse15, "openSUSE Leap", "15.6", "opensuse_15", "ec2-user"),
            Os(Lightsail.Blueprints.AlmaLinux9, "AlmaLinux OS", "9.5", "alma_linux_9", "ec2-user"),
            Os(Lightsail.Blueprints.CentosStream9, "CentOS Stream", "9", "centos_stream_9", "ec2-user"),
            App(Lightsail.Blueprints.Wordpress, "WordPress", "6.7.1-0"),
            App(Lightsail.Blueprints.WordpressMultisite, "WordPress Multisite", "6.7.1-0"),
            App(Lightsail.Blueprints.Lamp8Bitnami, "LAMP (PHP 8)", "8.3.15-0"),
            App(Lightsail.Blueprints.Nodejs, "Node.js", "22.12.0-0"),
            App(Lightsail.Blueprints.Joomla, "Joomla", "5.2.3-0"),
            App(Lightsail.Blueprints.Magento, "Magento", "2.4.7-0", minPower: 1000),
            App(Lightsail.Blueprints.Mean, "MEAN", "8.0.4-0"),
            App(Lightsail.Blueprints.Drupal, "Drupal", "11.1.1-0"),
            App(Lightsail.Blueprints.Gitlab, "GitLab CE", "17.7.0-0", minPower: 2000),
            App(Lightsail.Blueprints.Redmine, "Redmine", "6.0.2-0"),
            App(Lightsail.Blueprints.Nginx, "Nginx", "1.27.3-0"),
            App(Lightsail.Blueprints.GhostBitnami, "Ghost", "5.105.0-0"),
            App(Lightsail.Blueprints.DjangoBitnami, "Django", "5.1.4-0"),
            App(Lightsail.Blueprints.PrestashopBitnami, "PrestaShop", "8.2.0-0"),
            App(Lightsail.Blueprints.PleskUbuntuByol, "Plesk Obsidian (BYOL)", "18.0.66", minPower: 1000, user: "ubuntu"),
            App(Lightsail.Blueprints.CpanelWhmAlmalinux, "cPanel & WHM for AlmaLinux", "11.124", minPower: 1000, user: "ec2-user"),
            Win(Lightsail.Blueprints.WindowsServer2022, "Windows Server 2022", "2022.12.11"),
            Win(Lightsail.Blueprints.WindowsServer2019, "Windows Server 2019", "2022.12.11"),
            Win(Lightsail.Blueprints.WindowsServer2016, "Windows Server 2016", "2022.12.11"),
            Win(Lightsail.Blueprints.WindowsServer2022Sql2016Express, "SQL Server 2016 Express", "2022.12.11"),
            Win(Lightsail.Blueprints.WindowsServer2019Sql2016Express, "SQL Server 2016 Express", "2022.12.11"),
            Win(Lightsail.Blueprints.WindowsServer2016Sql2016Express, "SQL Server 2016 Express", "2022.12.11"),

            // Lightsail for Research: IDs the rules treat as research (CatalogIds.LooksLikeResearch), listed only with
            // appCategory=LfR, as the service lists them.
            Research("lfr_ubuntu_1_0", "Ubuntu", "22.04 LTS", "ubuntu"),
            Research("lfr_jupyterlab_1_0", "JupyterLab", "4.3.4", "ubuntu"),
            Research("lfr_rstudio_1_0", "RStudio", "2024.12.0", "ubuntu"),
            Research("lfr_vscodium_1_0", "VSCodium", "1.96.2", "ubuntu"),
        ];

        static BlueprintInfo Research(string id, string name, string version, string user) =>
            new(id, name, id, "app", version, BlueprintInfo.LinuxUnix, 0, user, $"{name} {version} for Lightsail for Research", LocalCatalog.ResearchCategory);
    }

    private static List<BundleInfo> BuildBundles()
    {
        // size, display name, vCPUs, RAM, disk, transfer, power, Linux price, Windows price (rules U6, U7).
        var sizes = new (string Size, string Name, int Cpu, double Ram, int Disk, int Transfer, int Power, decimal Linux, decimal Windows)[]
        {
            ("nano", "Nano", 2, 0.5, 20, 1024, 298, 5m, 9.5m),
            ("micro", "Micro", 2, 1, 40, 2048, 500, 7m, 14m),
            ("small", "Small", 2, 2, 60, 3072, 1000, 12m, 22m),
            ("medium", "Medium", 2, 4, 80, 4096, 2000, 24m, 44m),
            ("large", "Large", 2, 8, 160, 5120, 3000, 44m, 74m),
            ("xlarge", "XLarge", 4, 16, 320, 6144, 4000, 84m, 124m),
            ("2xlarge", "2XLarge", 8, 32, 640, 7168, 6000, 164m, 244m),
            ("4xlarge", "4XLarge", 16, 64, 1280, 8192, 8000, 384m, 544m),
        };

        var bundles = new List<BundleInfo>();
        foreach (var s in sizes)
        {
            // IPv6-only plans cost 1.50 USD less: no public IPv4 address to pay for (rule U8).
            bundles.Add(new($"{s.Size}_3_0", s.Name, s.Size, s.Linux, s.Cpu, s.Ram, s.Disk, s.Transfer, s.Power, BlueprintInfo.LinuxUnix, false));
            bundles.Add(new($"{s.Size}_win_3_0", s.Name, s.Size, s.Windows, s.Cpu, s.Ram, s.Disk, s.Transfer, s.Power, BlueprintInfo.WindowsPlatform, false));
            bundles.Add(new($"{s.Size}_ipv6_3_0", s.Name, s.Size, s.Linux - 1.5m, s.Cpu, s.Ram, s.Disk, s.Transfer, s.Power, BlueprintInfo.LinuxUnix, true));
            bundles.Add(new($"{s.Size}_win_ipv6_3_0", s.Name, s.Size, s.Windows - 1.5m, s.Cpu, s.Ram, s.Disk, s.Transfer, s.Power, BlueprintInfo.WindowsPlatform, true));
        }

        // Lightsail for Research plans: standard and GPU computers, listed only with appCategory=LfR.
        var research = new (string Id, string Name, string Type, decimal Price, int Cpu, double Ram, int Disk, int Power)[]
        {
            ("app_standard_xl_1_0", "Standard XL", "xlarge", 52m, 4, 8, 50, 4000),
            ("app_standard_2xl_1_0", "Standard 2XL", "2xlarge", 104m, 8, 16, 50, 6000),
            ("app_standard_4xl_1_0", "Standard 4XL", "4xlarge", 208m, 16, 32, 50, 8000),
            ("gpu_nvidia_xl_1_0", "GPU XL", "xlarge", 374m, 4, 16, 50, 4000),
            ("gpu_nvidia_2xl_1_0", "GPU 2XL", "2xlarge", 552m, 8, 32, 50, 6000),
            ("gpu_nvidia_4xl_1_0", "GPU 4XL", "4xlarge", 860m, 16, 64, 50, 8000),
        };
        foreach (var r in research)
        {
            bundles.Add(new(r.Id, r.Name, r.Type, r.Price, r.Cpu, r.Ram, r.Disk, 0, r.Power, BlueprintInfo.LinuxUnix, false, ResearchCategory));
        }

        return bundles;
    }

    private static List<RegionInfo> BuildRegions()
    {
        // Zone letters from the rules reference (A7) where known; "a, b, c" elsewhere. us-west-1 is in the
        // RegionName enum but Lightsail does not run there, so GetRegions leaves it out as the service does.
        static RegionInfo R(string name, string display, string description, string continent, string letters) =>
            new(name, display, description, continent, letters.Select(c => c.ToString()).ToList());

        return
        [
            R("us-east-1", "Virginia", "This region is recommended to serve users in the eastern United States", "NA", "abcdef"),
            R("us-east-2", "Ohio", "This region is recommended to serve users in the eastern United States", "NA", "abc"),
            R("us-west-2", "Oregon", "This region is recommended to serve users in the northwestern United States, Alaska, and western Canada", "NA", "abc"),
            R("ca-central-1", "Montreal", "This region is recommended to serve users in Canada", "NA", "ab"),
            R("eu-west-1", "Ireland", "This region is recommended to serve users in Ireland, the United Kingdom, and Iceland", "EU", "abc"),
            R("eu-west-2", "London", "This region is recommended to serve users in the United Kingdom", "EU", "abc"),
            R("eu-west-3", "Paris", "This region is recommended to serve users in France", "EU", "abc"),
            R("eu-central-1", "Frankfurt", "This region is recommended to serve users in Germany, Switzerland, Austria and Central Europe", "EU", "abc"),
            R("eu-north-1", "Stockholm", "This region is recommended to serve users in Scandinavia and Northern Europe", "EU", "abc"),
            R("eu-south-2", "Spain", "This region is recommended to serve users in Spain and Southern Europe", "EU", "abc"),
            R("ap-east-1", "Hong Kong", "This region is recommended to serve users in Hong Kong and Southeast Asia", "AP", "abc"),
            R("ap-south-1", "Mumbai", "This region is recommended to serve users in India", "AP", "ab"),
            R("ap-southeast-1", "Singapore", "This region is recommended to serve users in Southeast Asia", "AP", "abc"),
            R("ap-southeast-2", "Sydney", "This region is recommended to serve users in Australia", "AP", "abc"),
            R("ap-southeast-3", "Jakarta", "This region is recommended to serve users in Indonesia", "AP", "abc"),
            R("ap-southeast-5", "Malaysia", "This region is recommended to serve users in Malaysia", "AP", "abc"),
            R("ap-northeast-1", "Tokyo", "This region is recommended to serve users in Japan", "AP", "acd"),
            R("ap-northeast-2", "Seoul", "This region is recommended to serve users in South Korea", "AP", "ac"),
            R("sa-east-1", "Sao Paulo", "This region is recommended to serve users in South America", "SA", "abc"),
        ];
    }
}
