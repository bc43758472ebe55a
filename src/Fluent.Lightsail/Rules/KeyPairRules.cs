namespace Fluent.Lightsail.Rules;

/// <summary>Rule K2 on <c>keyPairName</c>: the instance-name rules, under their own ids.</summary>
public static class KeyPairRules
{
    /// <summary>Checks a key pair name; <see langword="null"/> means the Region's default key pair and is fine (K3).</summary>
    public static void Check(string? keyPairName, string member, IRuleSink sink)
    {
        if (keyPairName != null)
        {
            ResourceNameRule.KeyPairName.Check(keyPairName, member, sink);
        }
    }
}
