// Catalogue constants: const so they work in attribute arguments and show in IntelliSense.
// Source: Lightsail rules reference (B7, U3, U9, A4, P1); an advisory snapshot, not an exhaustive list.

namespace Fluent.Lightsail;

/// <summary>Known bundle (instance plan) IDs of the 3.x generation: dual-stack, IPv6-only, Linux and Windows.</summary>
public static class Bundles
{
    /// <summary><c>nano_3_0</c> (Linux/Unix, dual-stack).</summary>
    public const string Nano3_0 = "nano_3_0";

    /// <summary><c>nano_win_3_0</c> (Windows, dual-stack).</summary>
    public const string NanoWin3_0 = "nano_win_3_0";

    /// <summary><c>nano_ipv6_3_0</c> (Linux/Unix, IPv6-only).</summary>
    public const string NanoIpv6_3_0 = "nano_ipv6_3_0";

    /// <summary><c>nano_win_ipv6_3_0</c> (Windows, IPv6-only).</summary>
    public const string NanoWinIpv6_3_0 = "nano_win_ipv6_3_0";

    /// <summary><c>micro_3_0</c> (Linux/Unix, dual-stack).</summary>
    public const string Micro3_0 = "micro_3_0";

    /// <summary><c>micro_win_3_0</c> (Windows, dual-stack).</summary>
    public const string MicroWin3_0 = "micro_win_3_0";

    /// <summary><c>micro_ipv6_3_0</c> (Linux/Unix, IPv6-only).</summary>
    public const string MicroIpv6_3_0 = "micro_ipv6_3_0";

    /// <summary><c>micro_win_ipv6_3_0</c> (Windows, IPv6-only).</summary>
    public const string MicroWinIpv6_3_0 = "micro_win_ipv6_3_0";

    /// <summary><c>small_3_0</c> (Linux/Unix, dual-stack).</summary>
    public const string Small3_0 = "small_3_0";

    /// <summary><c>small_win_3_0</c> (Windows, dual-stack).</summary>
    public const string SmallWin3_0 = "small_win_3_0";

    /// <summary><c>small_ipv6_3_0</c> (Linux/Unix, IPv6-only).</summary>
    public const string SmallIpv6_3_0 = "small_ipv6_3_0";

    /// <summary><c>small_win_ipv6_3_0</c> (Windows, IPv6-only).</summary>
    public const string SmallWinIpv6_3_0 = "small_win_ipv6_3_0";

    /// <summary><c>medium_3_0</c> (Linux/Unix, dual-stack).</summary>
    public const string Medium3_0 = "medium_3_0";

    /// <summary><c>medium_win_3_0</c> (Windows, dual-stack).</summary>
    public const string MediumWin3_0 = "medium_win_3_0";

    /// <summary><c>medium_ipv6_3_0</c> (Linux/Unix, IPv6-only).</summary>
    public const string MediumIpv6_3_0 = "medium_ipv6_3_0";

    /// <summary><c>medium_win_ipv6_3_0</c> (Windows, IPv6-only).</summary>
    public const string MediumWinIpv6_3_0 = "medium_win_ipv6_3_0";

    /// <summary><c>large_3_0</c> (Linux/Unix, dual-stack).</summary>
    public const string Large3_0 = "large_3_0";

    /// <summary><c>large_win_3_0</c> (Windows, dual-stack).</summary>
    public const string LargeWin3_0 = "large_win_3_0";

    /// <summary><c>large_ipv6_3_0</c> (Linux/Unix, IPv6-only).</summary>
    public const string LargeIpv6_3_0 = "large_ipv6_3_0";

    /// <summary><c>large_win_ipv6_3_0</c> (Windows, IPv6-only).</summary>
    public const string LargeWinIpv6_3_0 = "large_win_ipv6_3_0";

    /// <summary><c>xlarge_3_0</c> (Linux/Unix, dual-stack).</summary>
    public const string Xlarge3_0 = "xlarge_3_0";

    /// <summary><c>xlarge_win_3_0</c> (Windows, dual-stack).</summary>
    public const string XlargeWin3_0 = "xlarge_win_3_0";

    /// <summary><c>xlarge_ipv6_3_0</c> (Linux/Unix, IPv6-only).</summary>
    public const string XlargeIpv6_3_0 = "xlarge_ipv6_3_0";

    /// <summary><c>xlarge_win_ipv6_3_0</c> (Windows, IPv6-only).</summary>
    public const string XlargeWinIpv6_3_0 = "xlarge_win_ipv6_3_0";

    /// <summary><c>2xlarge_3_0</c> (Linux/Unix, dual-stack).</summary>
    public const string TwoXlarge3_0 = "2xlarge_3_0";

    /// <summary><c>2xlarge_win_3_0</c> (Windows, dual-stack).</summary>
    public const string TwoXlargeWin3_0 = "2xlarge_win_3_0";

    /// <summary><c>2xlarge_ipv6_3_0</c> (Linux/Unix, IPv6-only).</summary>
    public const string TwoXlargeIpv6_3_0 = "2xlarge_ipv6_3_0";

    /// <summary><c>2xlarge_win_ipv6_3_0</c> (Windows, IPv6-only).</summary>
    public const string TwoXlargeWinIpv6_3_0 = "2xlarge_win_ipv6_3_0";

    /// <summary><c>4xlarge_3_0</c> (Linux/Unix, dual-stack).</summary>
    public const string FourXlarge3_0 = "4xlarge_3_0";

    /// <summary><c>4xlarge_win_3_0</c> (Windows, dual-stack).</summary>
    public const string FourXlargeWin3_0 = "4xlarge_win_3_0";

    /// <summary><c>4xlarge_ipv6_3_0</c> (Linux/Unix, IPv6-only).</summary>
    public const string FourXlargeIpv6_3_0 = "4xlarge_ipv6_3_0";

    /// <summary><c>4xlarge_win_ipv6_3_0</c> (Windows, IPv6-only).</summary>
    public const string FourXlargeWinIpv6_3_0 = "4xlarge_win_ipv6_3_0";

    /// <summary>Every known bundle.</summary>
    public static readonly System.Collections.Generic.IReadOnlyList<string> All = new[]
    {
        Nano3_0,
        NanoWin3_0,
        NanoIpv6_3_0,
        NanoWinIpv6_3_0,
        Micro3_0,
        MicroWin3_0,
        MicroIpv6_3_0,
        MicroWinIpv6_3_0,
        Small3_0,
        SmallWin3_0,
        SmallIpv6_3_0,
        SmallWinIpv6_3_0,
        Medium3_0,
        MediumWin3_0,
        MediumIpv6_3_0,
        MediumWinIpv6_3_0,
        Large3_0,
        LargeWin3_0,
        LargeIpv6_3_0,
        LargeWinIpv6_3_0,
        Xlarge3_0,
        XlargeWin3_0,
        XlargeIpv6_3_0,
        XlargeWinIpv6_3_0,
        TwoXlarge3_0,
        TwoXlargeWin3_0,
        TwoXlargeIpv6_3_0,
        TwoXlargeWinIpv6_3_0,
        FourXlarge3_0,
        FourXlargeWin3_0,
        FourXlargeIpv6_3_0,
        FourXlargeWinIpv6_3_0,
    };
}
