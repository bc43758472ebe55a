// Catalogue constants: const so they work in attribute arguments and show in IntelliSense.
// Source: Lightsail rules reference (B7, U3, U9, A4, P1); an advisory snapshot, not an exhaustive list.

namespace Fluent.Lightsail;

/// <summary>Known blueprint IDs. Lightsail adds and retires blueprints; <c>GetBlueprints</c> is the live list.</summary>
public static class Blueprints
{
    /// <summary><c>amazon_linux_2023</c> (Linux/Unix operating system).</summary>
    public const string AmazonLinux2023 = "amazon_linux_2023";

    /// <summary><c>amazon_linux_2</c> (Linux/Unix operating system).</summary>
    public const string AmazonLinux2 = "amazon_linux_2";

    /// <summary><c>ubuntu_24_04</c> (Linux/Unix operating system).</summary>
    public const string Ubuntu24_04 = "ubuntu_24_04";

    /// <summary><c>ubuntu_22_04</c> (Linux/Unix operating system).</summary>
    public const string Ubuntu22_04 = "ubuntu_22_04";

    /// <summary><c>debian_12</c> (Linux/Unix operating system).</summary>
    public const string Debian12 = "debian_12";

    /// <summary><c>debian_11</c> (Linux/Unix operating system).</summary>
    public const string Debian11 = "debian_11";

    /// <summary><c>freebsd_14</c> (Linux/Unix operating system).</summary>
    public const string Freebsd14 = "freebsd_14";

    /// <summary><c>freebsd_13</c> (Linux/Unix operating system).</summary>
    public const string Freebsd13 = "freebsd_13";

    /// <summary><c>opensuse_15</c> (Linux/Unix operating system).</summary>
    public const string Opensuse15 = "opensuse_15";

    /// <summary><c>alma_linux_9</c> (Linux/Unix operating system).</summary>
    public const string AlmaLinux9 = "alma_linux_9";

    /// <summary><c>centos_stream_9</c> (Linux/Unix operating system).</summary>
    public const string CentosStream9 = "centos_stream_9";

    /// <summary><c>wordpress</c> (Linux/Unix application).</summary>
    public const string Wordpress = "wordpress";

    /// <summary><c>wordpress_multisite</c> (Linux/Unix application).</summary>
    public const string WordpressMultisite = "wordpress_multisite";

    /// <summary><c>lamp_8_bitnami</c> (Linux/Unix application).</summary>
    public const string Lamp8Bitnami = "lamp_8_bitnami";

    /// <summary><c>nodejs</c> (Linux/Unix application).</summary>
    public const string Nodejs = "nodejs";

    /// <summary><c>joomla</c> (Linux/Unix application).</summary>
    public const string Joomla = "joomla";

    /// <summary><c>magento</c> (Linux/Unix application).</summary>
    public const string Magento = "magento";

    /// <summary><c>mean</c> (Linux/Unix application).</summary>
    public const string Mean = "mean";

    /// <summary><c>drupal</c> (Linux/Unix application).</summary>
    public const string Drupal = "drupal";

    /// <summary><c>gitlab</c> (Linux/Unix application).</summary>
    public const string Gitlab = "gitlab";

    /// <summary><c>redmine</c> (Linux/Unix application).</summary>
    public const string Redmine = "redmine";

    /// <summary><c>nginx</c> (Linux/Unix application).</summary>
    public const string Nginx = "nginx";

    /// <summary><c>ghost_bitnami</c> (Linux/Unix application).</summary>
    public const string GhostBitnami = "ghost_bitnami";

    /// <summary><c>django_bitnami</c> (Linux/Unix application).</summary>
    public const string DjangoBitnami = "django_bitnami";

    /// <summary><c>prestashop_bitnami</c> (Linux/Unix application).</summary>
    public const string PrestashopBitnami = "prestashop_bitnami";

    /// <summary><c>plesk_ubuntu_byol</c> (Linux/Unix application).</summary>
    public const string PleskUbuntuByol = "plesk_ubuntu_byol";

    /// <summary><c>cpanel_whm_almalinux</c> (Linux/Unix application).</summary>
    public const string CpanelWhmAlmalinux = "cpanel_whm_almalinux";

    /// <summary><c>windows_server_2022</c> (Windows).</summary>
    public const string WindowsServer2022 = "windows_server_2022";

    /// <summary><c>windows_server_2019</c> (Windows).</summary>
    public const string WindowsServer2019 = "windows_server_2019";

    /// <summary><c>windows_server_2016</c> (Windows).</summary>
    public const string WindowsServer2016 = "windows_server_2016";

    /// <summary><c>windows_server_2022_sql_2016_express</c> (Windows).</summary>
    public const string WindowsServer2022Sql2016Express = "windows_server_2022_sql_2016_express";

    /// <summary><c>windows_server_2019_sql_2016_express</c> (Windows).</summary>
    public const string WindowsServer2019Sql2016Express = "windows_server_2019_sql_2016_express";

    /// <summary><c>windows_server_2016_sql_2016_express</c> (Windows).</summary>
    public const string WindowsServer2016Sql2016Express = "windows_server_2016_sql_2016_express";

    /// <summary>Every known Linux/Unix blueprint.</summary>
    public static readonly System.Collections.Generic.IReadOnlyList<string> Linux = new[]
    {
        AmazonLinux2023,
        AmazonLinux2,
        Ubuntu24_04,
        Ubuntu22_04,
        Debian12,
        Debian11,
        Freebsd14,
        Freebsd13,
        Opensuse15,
        AlmaLinux9,
        CentosStream9,
        Wordpress,
        WordpressMultisite,
        Lamp8Bitnami,
        Nodejs,
        Joomla,
        Magento,
        Mean,
        Drupal,
        Gitlab,
        Redmine,
        Nginx,
        GhostBitnami,
        DjangoBitnami,
        PrestashopBitnami,
        PleskUbuntuByol,
        CpanelWhmAlmalinux,
    };

    /// <summary>Every known Windows blueprint.</summary>
    public static readonly System.Collections.Generic.IReadOnlyList<string> Windows = new[]
    {
        WindowsServer2022,
        WindowsServer2019,
        WindowsServer2016,
        WindowsServer2022Sql2016Express,
        WindowsServer2019Sql2016Express,
        WindowsServer2016Sql2016Express,
    };

    /// <summary>Every known blueprint.</summary>
    public static readonly System.Collections.Generic.IReadOnlyList<string> All = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Concat(Linux, Windows));
}
